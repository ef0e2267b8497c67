/** `svc --help`. */
export function usage(version: string): string {
    return `svc ${version} — check and format service specifications (.svc) and export their models

Usage:
  svc check PATH... [--format stylish|json|sarif] [--max-warnings N] [--locale en|zh-CN]
  svc render FILE [--service NAME] [--view blueprint|flow|standards|performance]
             [--format mmd|svg|png|md|html] [-o OUT] [--chromium PATH] [--force]
  svc report PATH... [--format html|md|pdf|docx] [--out-dir DIR] [--chromium PATH] [--force]
  svc export PATH... [--format json|csv] [--table standards|kpis|measurements] [-o OUT] [--force]
  svc format PATH... [--check] [--locale en|zh-CN]
  svc --help | --version

Commands:
  check    Check .svc files. A folder is searched recursively; all paths together
           form one workspace, so cross-file references resolve.
  render   One service of FILE (default: its first) as Mermaid source (mmd, default),
           a picture (svg, png at 2x: drawn in headless Chromium), or a client report
           (md, html). The files beside FILE form its workspace.
  report   A client report for every service of every file, under DIR (default
           svc-reports), mirroring the folders: html (default), md, pdf (A4, printed
           by Chromium) or docx (Word). HTML and Word reports include the blueprint
           picture when Chromium is available; a PDF needs Chromium.
  export   The workspace model with its measured data as JSON (docs/export-format.md),
           or the standards, KPI or measurements table as CSV (UTF-8 with BOM, for
           spreadsheets).
  format   Rewrite .svc files in place in the canonical layout (docs/decisions.md,
           "Formatting") and list the files that changed. Files with syntax errors
           are reported and left untouched.

Options:
  --format FORMAT      check: stylish (default), json, sarif (SARIF 2.1.0); export: json (default), csv;
                       report: html (default), md, pdf, docx
  --max-warnings N     check: exit 1 when there are more than N warnings
  --locale LOCALE      language of messages: en or zh-CN (default: svc.config.json's "locale", else en)
  --table TABLE        export --format csv: standards (default), kpis, or measurements (one row
                       per valid value of a KPI, in the KPI's unit)
  --service NAME       render: the service to draw (default: the first of the file)
  --view VIEW          render: blueprint (default; steps whose standard the measured data shows
                       not met are marked), flow, standards (standards map), or performance (the
                       measured data: a chart per KPI, SERVQUAL gaps and importance per survey)
  --chromium PATH      the Chromium to draw with (default: $SVC_CHROMIUM, else chromium on PATH)
  -o, --output OUT     write to OUT instead of standard output (png: default beside FILE)
  --force              replace OUT if it exists (never replaced otherwise)
  --check              format: change nothing; list the files that are not formatted
  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 success (check: no errors and no more than N warnings); 1 check found
errors or too many warnings, or format --check found files that are not formatted;
2 the command could not run (bad arguments, unreadable path, non-UTF-8 file, invalid
svc.config.json, existing output; format: a file with syntax errors) — the reason is
written to standard error.
Rules: docs/rules/README.md`;
}
