import * as z from 'zod';

/*
 * The web build's language server has no disk: it asks the extension, which
 * reads through VS Code's file system (`workspace.fs`) — whatever the
 * workspace is (a local folder, a repository on vscode.dev, a remote). Every
 * request takes `{ uri }`; answers are checked with these schemas on arrival.
 */

/** `svc/fs/readDirectory { uri }`: the folder's entries. */
export const readDirectoryRequest = 'svc/fs/readDirectory';
/** `svc/fs/readFile { uri, limit }`: what the URI names and, for a file of at most `limit` bytes, its bytes. */
export const readFileRequest = 'svc/fs/readFile';

/** A spec may be large (a generated process of 100k lines is ~3 MB); beyond this it is refused. */
export const maxSpecBytes = 64 * 1024 * 1024;

export const fileKinds = ['file', 'directory', 'other'] as const;

const entrySchema = z.object({ uri: z.string(), kind: z.enum(fileKinds), symbolicLink: z.boolean() });
export const readDirectoryAnswerSchema = z.array(entrySchema);
export type DirectoryEntry = z.infer<typeof entrySchema>;

/** A file system error, with the code of Node's where one fits (ENOENT, EACCES), else `EIO`. */
const failedSchema = z.object({ error: z.string(), message: z.string() });

export const readFileAnswerSchema = z.union([
    z.object({
        kind: z.enum(fileKinds), symbolicLink: z.boolean(), size: z.number(), mtime: z.number(),
        /** The file's bytes, when it has at most `limit`, in base64: every transport of JSON-RPC carries it. */
        base64: z.string().optional()
    }),
    failedSchema
]);
export type ReadFileAnswer = z.infer<typeof readFileAnswerSchema>;

export interface FileRequestParams {
    uri: string;
    limit?: number;
}
