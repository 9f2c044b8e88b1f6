import type { AddressFaultKind } from '../list-address';
import type { RefusedListAddress } from '../refused-list-address';
import { MAX_ID } from '../relations';
import { newsroomTextFor, type NewsroomTranslationKey } from '../translations';

const WHY: Record<AddressFaultKind, NewsroomTranslationKey> = {
  page: 'listAddressPage',
  limit: 'listAddressLimit',
  where: 'listAddressWhere',
  field: 'listAddressField',
  id: 'listAddressId',
  date: 'listAddressDate',
};

/**
 * The admin's answer to a list's address it cannot be read by (cms/list-address): each refused part
 * as the address writes it, why, and the list with the rest of the address, or with none — in the
 * editor's language, inside the admin's own layout (its direction, its stylesheet).
 */
export function RefusedListAddressView({ refused, headers }: { refused: RefusedListAddress; headers: Headers }) {
  const text = (key: NewsroomTranslationKey, values?: Record<string, unknown>) => newsroomTextFor(headers, key, values);
  return (
    <main className="refused-list-address">
      <h1>{text('listAddressTitle')}</h1>
      <p>{text('listAddressLead')}</p>
      <ul>
        {refused.faults.map((fault) => (
          <li key={fault.parameter}>
            <code dir="ltr">{fault.parameter}</code> {text(WHY[fault.kind], { max: MAX_ID })}
          </li>
        ))}
      </ul>
      <p className="refused-list-address__links">
        <a className="btn btn--style-primary btn--size-medium" href={refused.kept}>
          {text('listAddressKept')}
        </a>
        <a className="btn btn--style-secondary btn--size-medium" href={refused.whole}>
          {text('listAddressWhole')}
        </a>
      </p>
    </main>
  );
}
