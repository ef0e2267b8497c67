/** The calendar day in the reader's time zone: `2027-03-15`. */
export function formatDate(date: Date): string {
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The file name of a document URI, decoded: `outpatient-visit.svc`. */
export function fileNameOf(uri: string): string {
    const last = uri.split(/[/\\]/).pop() ?? uri;
    try {
        return decodeURIComponent(last);
    } catch {
        return last;
    }
}
