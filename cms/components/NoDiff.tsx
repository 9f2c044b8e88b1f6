/** A field left out of the versions' comparison (cms/unshown-fields.ts). */
export function NoDiff() {
  return null;
}
