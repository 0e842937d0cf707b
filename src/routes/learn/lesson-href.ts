// Links to lessons, in the page's language (links.ts covers pages without parameters).
import { localPath } from '$lib/i18n/links.ts';

export const lessonHref = (slug: string): string => localPath(`/learn/${encodeURIComponent(slug)}`);
