import { openDuckDb } from "./engines.js";
import { describeParity } from "./paritySuite.js";

describeParity("SQL parity on embedded DuckDB", openDuckDb);
