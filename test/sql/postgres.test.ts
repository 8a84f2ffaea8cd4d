import { openPostgres } from "./engines.js";
import { describeParity } from "./paritySuite.js";

describeParity("SQL parity on a real PostgreSQL 15 server", openPostgres);
