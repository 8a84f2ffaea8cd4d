/**
 * The `crm-kpi` command (the package's bin): `crm-kpi report`, `crm-kpi validate`,
 * `crm-kpi indicators`; `crm-kpi --help` for the usage.
 *
 * @module
 */
import { main } from "./cli/main.js";

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
