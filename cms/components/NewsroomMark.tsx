import type { ServerProps } from 'payload';
import { site } from '@/lib/site';

// The site's own icon (app/icon.svg: the paper's name in its red square), served as a file: the admin
// is not a reader page, and an <img> of an SVG needs no optimising.
/* eslint-disable @next/next/no-img-element */

/** The newspaper's mark beside the admin's breadcrumbs, where Payload showed its own. */
export function NewsroomIcon() {
  return <img className="newsroom-icon" src="/icon.svg" alt="" width={18} height={18} />;
}

/** The newspaper's mark over the newsroom's sign-in form, named in the editor's language, where Payload showed its logo. */
export function NewsroomLogo({ i18n }: ServerProps) {
  return <img className="newsroom-logo" src="/icon.svg" alt={i18n?.language === 'en' ? site.name.en : site.name.ar} width={72} height={72} />;
}
