// What the package says about itself (package.json, bundled by esbuild): the version for
// `--version` and SARIF, and where the public repository's rule pages are, for the links of
// diagnostics (codeDescription) and SARIF (helpUri) — never a path on the building machine.
import { bugs, homepage, repository, version } from '../package.json';

export const VERSION: string = version;
export const HOMEPAGE: string = homepage;
export const BUGS_URL: string = bugs.url;

/** `git+https://github.com/o/r.git` → `https://github.com/o/r`. */
export function repositoryWebUrl(url: string = repository.url): string {
  return url.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/$/, '');
}

/** The folder of the rule pages on the repository's default branch, ending with a slash. */
export const RULE_DOCS_BASE = `${repositoryWebUrl()}/blob/main/docs/rules/`;

export const ruleDocUrl = (id: string, base = RULE_DOCS_BASE): string => `${base}${id}.md`;
