'use client';

import { useState, useSyncExternalStore } from 'react';
import { DISMISSED_KEY } from '@/lib/breaking';

/** Enough to remember every item a reader could still meet (items are few and expire). */
const REMEMBERED = 20;

/** The ids a reader dismissed, from what the device keeps (anything unreadable counts as none). */
function parseIds(raw: string): number[] {
  try {
    const ids: unknown = JSON.parse(raw);
    return Array.isArray(ids) ? ids.filter((id): id is number => Number.isInteger(id)) : [];
  } catch {
    return [];
  }
}

// The device's list is an outside store: read through useSyncExternalStore, so the server's HTML
// (nothing dismissed) hydrates as it is and the reader's list applies right after; a dismissal in
// another tab reaches this one through the storage event.
function subscribeDismissed(listener: () => void) {
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
function storedDismissed(): string {
  try {
    return localStorage.getItem(DISMISSED_KEY) ?? '[]';
  } catch {
    return '[]';
  }
}

/** The lines this reader hid, on this device, and how to hide one more. */
export function useDismissedBreaking() {
  const stored = useSyncExternalStore(subscribeDismissed, storedDismissed, () => '[]');
  // Dismissed on this page: also what a device that refuses storage (private mode) can keep.
  const [hiddenHere, setHiddenHere] = useState<number[]>([]);
  const dismissed = [...parseIds(stored), ...hiddenHere];

  function dismiss(id: number) {
    setHiddenHere([...hiddenHere, id]);
    try {
      localStorage.setItem(DISMISSED_KEY, JSON.stringify([...parseIds(stored), id].slice(-REMEMBERED)));
    } catch {
      // Storage refused (private mode, full): hidden on this page only.
    }
  }

  return { dismissed, dismiss };
}
