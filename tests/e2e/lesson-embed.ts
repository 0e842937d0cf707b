// A lesson's embed is prerendered, and its code is loaded when the reader comes near it
// (src/lib/components/StaticFirst.svelte): a test brings it into view and waits until it runs before
// using it, as it waits for the page to hydrate.
import { expect, type Page } from '@playwright/test';

export async function liveEmbed(page: Page): Promise<void> {
	const embed = page.locator('.embed');
	await embed.scrollIntoViewIfNeeded();
	await expect(embed.locator('.static-first[data-live]')).toBeAttached();
}
