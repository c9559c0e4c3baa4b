// While a restore runs, each node it wrote carries the backup's name for it, so that relationships find their ends;
// unique, so that a batch the driver retried after its commit cannot write a node twice.
CREATE CONSTRAINT restore_in_progress_key IF NOT EXISTS FOR (n:__RestoreInProgress) REQUIRE n.__restoreKey IS UNIQUE
