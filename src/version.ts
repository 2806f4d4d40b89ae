// podgate's version, shared by the two adapters (the CLI's --version, the SARIF tool version of both) without
// the Action bundle having to carry the CLI.

export const VERSION = '0.1.0';
