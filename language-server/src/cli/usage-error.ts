/** A problem with the command line, the paths or the configuration: exit status 2, reason on stderr. */
export class UsageError extends Error {}
