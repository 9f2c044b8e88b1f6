'use client';

import { SelectField, useConfig, useDocumentInfo, useField } from '@payloadcms/ui';
import type { SelectFieldClientProps } from 'payload';
import { formatAdminURL } from 'payload/shared';
import { useEffect, useRef } from 'react';

/**
 * The story's sidebar «عند القراء», asked of the server again whenever the story's standing may have
 * changed under the open form: Payload's Unpublish resets the form from the data the page opened
 * with, so the field said «منشور للقراء» under a story just taken down until a reload. The state is
 * the server's alone (cms/hooks/reader-state reads it by lib/content/reader-state's rule); the page
 * renders it, and this asks for it after a publish, an unpublish, a revert or a reset only.
 */
export function ReaderStateField(props: SelectFieldClientProps) {
  const { id, collectionSlug, hasPublishedDoc, versionCount } = useDocumentInfo();
  const { value, setValue } = useField<string>({ path: props.path });
  const {
    config: { routes, serverURL },
  } = useConfig();
  const rendered = useRef(false);

  useEffect(() => {
    // The page came with the state: nothing to ask until something happens to the story.
    if (!rendered.current) {
      rendered.current = true;
      return;
    }
    if (id === undefined || id === null || !collectionSlug) return;
    const asked = new AbortController();
    const url = formatAdminURL({ apiRoute: routes.api, path: `/${collectionSlug}/${id}?depth=0&select[readers]=true`, serverURL });
    fetch(url, { credentials: 'include', signal: asked.signal })
      .then((answer) => (answer.ok ? (answer.json() as Promise<{ readers?: string }>) : undefined))
      // The server's answer is not an edit: the form stays unmodified.
      .then((doc) => doc?.readers && doc.readers !== value && setValue(doc.readers, true))
      // Offline or refused: the field keeps what it said, as Payload's own fields do.
      .catch(() => undefined);
    return () => asked.abort();
  }, [id, collectionSlug, hasPublishedDoc, versionCount, value, setValue, routes.api, serverURL]);

  return <SelectField {...props} />;
}
