// The mixed review at the end of the path: a few questions drawn from several lessons, of every kind,
// as data. Each is the lesson's own exercise (its material, its text): the review holds no answers.
import { lessonBySlug } from './lessons.ts';

export interface ReviewItem {
	slug: string;
	id: string;
}

/** The progress group of the review's questions ("review/<slug>/<id>"). */
export const REVIEW_GROUP = 'review';

export const REVIEW: readonly ReviewItem[] = [
	{ slug: 'handshake', id: 'accept_length' },
	{ slug: 'frame', id: 'first_byte' },
	{ slug: 'fragments', id: 'interleaved' },
	{ slug: 'utf8', id: 'mixed_length' },
	{ slug: 'close', id: 'long_ping' },
	{ slug: 'masking', id: 'build_client_frame' }
];

/** A review question's id in the progress: the lesson and its question. */
export const reviewId = (item: ReviewItem): string => `${item.slug}/${item.id}`;

/** The lessons the review draws on, each loaded once. */
export const reviewLessons = () =>
	[...new Set(REVIEW.map((r) => r.slug))].map((s) => lessonBySlug(s)!);
