// Hands the reader a JSON text as a file (the capture view's export).
export function downloadJson(text: string, filename: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.click();
	// The download has its own copy once started; the page need not keep the text.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
