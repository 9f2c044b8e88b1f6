/** fontverter ships no types: the one call the font tests use. */
declare module 'fontverter' {
  const fontverter: {
    convert(font: Buffer | Uint8Array, toFormat: 'sfnt' | 'truetype' | 'woff' | 'woff2'): Promise<Buffer>;
  };
  export default fontverter;
}
