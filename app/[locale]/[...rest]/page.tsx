import { notFound } from 'next/navigation';

// Any path no route claims still gets the localized 404 page, inside the edition's layout.
export default function CatchAllPage() {
  notFound();
}
