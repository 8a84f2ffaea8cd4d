#!/usr/bin/env node
// The `crm-kpi` command: the built ES module does the work; this file only makes it runnable.
import "../dist/cli.js";
