/** The id of every page's <main>: the skip link's target, and where focus goes when what held it is gone. */
export const MAIN_CONTENT_ID = 'main-content';
