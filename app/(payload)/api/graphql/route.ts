import config from '@payload-config';
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes';

// The CMS's GraphQL API, under the same access rules as REST.
export const POST = GRAPHQL_POST(config);
export const OPTIONS = REST_OPTIONS(config);
