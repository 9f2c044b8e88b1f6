import type { CollectionConfig } from 'payload';
import { adminField, admins, readUsers, ROLES, updateUsers } from '../access';
import { forgiveSignIn, guardLogins } from '../hooks/login-guard';
import { plainText } from '../validation';

/**
 * The newsroom's accounts. Wrong passwords are limited per connection, never by locking the account
 * (cms/hooks/login-guard.ts); the session cookie is HTTP-only, same-site and, in production,
 * secure. Nobody anonymous reads users or their e-mail addresses.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { ar: 'مستخدم', en: 'User' }, plural: { ar: 'المستخدمون', en: 'Users' } },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'role'], group: { ar: 'الإعداد', en: 'Setup' } },
  auth: {
    // No account lock: anyone could lock an editor out with five guesses (login-guard limits guessing instead).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Strict', secure: process.env.NODE_ENV === 'production' },
  },
  access: { read: readUsers, create: admins, update: updateUsers, delete: admins, unlock: admins },
  hooks: {
    beforeOperation: [guardLogins],
    afterLogin: [forgiveSignIn],
    beforeChange: [
      // The newsroom's first account (Payload's create-first-user screen, or ADMIN_EMAIL at start) runs it.
      async ({ data, operation, req }) => {
        if (operation === 'create' && (await req.payload.count({ collection: 'users', req })).totalDocs === 0) data.role = 'admin';
        return data;
      },
    ],
  },
  fields: [
    { name: 'name', label: { ar: 'الاسم', en: 'Name' }, type: 'text', maxLength: 120, validate: plainText },
    {
      name: 'role',
      label: { ar: 'الدور', en: 'Role' },
      type: 'select',
      required: true,
      defaultValue: 'writer',
      saveToJWT: true,
      access: { update: adminField },
      options: ROLES.map((role) => ({
        value: role,
        label: { writer: { ar: 'كاتب', en: 'Writer' }, editor: { ar: 'محرر', en: 'Editor' }, admin: { ar: 'مدير', en: 'Admin' } }[role],
      })),
    },
  ],
};
