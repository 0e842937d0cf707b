/** What a page posts to a waiting service worker when its reader accepts the new version. */
export const SKIP_WAITING = 'wsviz-skip-waiting';
