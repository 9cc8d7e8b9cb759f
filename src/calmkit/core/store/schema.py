"""The practice log's schema: the ordered migrations that build it, one per version.

Each entry upgrades the schema by one version. Released entries are never edited (tests compare
them with the files earlier versions wrote); a change is a new entry appended at the end.
"""

from __future__ import annotations

# Trigger bodies of migration 2, released with schema version 2: never edit them; a change
# needs a new migration that drops and recreates the triggers.
_V2_ADD_TOTALS = """
            INSERT INTO day_totals VALUES (
                date(substr(NEW.started_at, 1, 19),
                     printf('-%d hours', (SELECT hour FROM day_totals_hour))),
                1,
                NEW.completed = 1 OR NEW.actual_seconds >= 60,
                NEW.completed,
                CAST(round(NEW.actual_seconds * 1000) AS INTEGER),
                NEW.distress_before IS NOT NULL AND NEW.distress_after IS NOT NULL,
                CASE WHEN NEW.distress_before IS NOT NULL AND NEW.distress_after IS NOT NULL
                    THEN NEW.distress_before ELSE 0 END,
                CASE WHEN NEW.distress_before IS NOT NULL AND NEW.distress_after IS NOT NULL
                    THEN NEW.distress_after ELSE 0 END
            ) ON CONFLICT (day) DO UPDATE SET
                sessions = sessions + excluded.sessions,
                practice_sessions = practice_sessions + excluded.practice_sessions,
                completed = completed + excluded.completed,
                milliseconds = milliseconds + excluded.milliseconds,
                rated = rated + excluded.rated,
                before_sum = before_sum + excluded.before_sum,
                after_sum = after_sum + excluded.after_sum;
            INSERT INTO exercise_totals VALUES (
                NEW.exercise_id,
                1,
                NEW.completed,
                CAST(round(NEW.actual_seconds * 1000) AS INTEGER),
                NEW.distress_before IS NOT NULL AND NEW.distress_after IS NOT NULL,
                CASE WHEN NEW.distress_before IS NOT NULL AND NEW.distress_after IS NOT NULL
                    THEN NEW.distress_before - NEW.distress_after ELSE 0 END
            ) ON CONFLICT (exercise_id) DO UPDATE SET
                sessions = sessions + excluded.sessions,
                completed = completed + excluded.completed,
                milliseconds = milliseconds + excluded.milliseconds,
                rated = rated + excluded.rated,
                drop_sum = drop_sum + excluded.drop_sum;"""
_V2_SUBTRACT_TOTALS = """
            UPDATE day_totals SET
                sessions = sessions - 1,
                practice_sessions = practice_sessions
                    - (OLD.completed = 1 OR OLD.actual_seconds >= 60),
                completed = completed - OLD.completed,
                milliseconds = milliseconds - CAST(round(OLD.actual_seconds * 1000) AS INTEGER),
                rated = rated
                    - (OLD.distress_before IS NOT NULL AND OLD.distress_after IS NOT NULL),
                before_sum = before_sum
                    - CASE WHEN OLD.distress_before IS NOT NULL AND OLD.distress_after IS NOT NULL
                        THEN OLD.distress_before ELSE 0 END,
                after_sum = after_sum
                    - CASE WHEN OLD.distress_before IS NOT NULL AND OLD.distress_after IS NOT NULL
                        THEN OLD.distress_after ELSE 0 END
            WHERE day = date(substr(OLD.started_at, 1, 19),
                             printf('-%d hours', (SELECT hour FROM day_totals_hour)));
            DELETE FROM day_totals
            WHERE day = date(substr(OLD.started_at, 1, 19),
                             printf('-%d hours', (SELECT hour FROM day_totals_hour)))
                AND sessions = 0;
            UPDATE exercise_totals SET
                sessions = sessions - 1,
                completed = completed - OLD.completed,
                milliseconds = milliseconds - CAST(round(OLD.actual_seconds * 1000) AS INTEGER),
                rated = rated
                    - (OLD.distress_before IS NOT NULL AND OLD.distress_after IS NOT NULL),
                drop_sum = drop_sum
                    - CASE WHEN OLD.distress_before IS NOT NULL AND OLD.distress_after IS NOT NULL
                        THEN OLD.distress_before - OLD.distress_after ELSE 0 END
            WHERE exercise_id = OLD.exercise_id;
            DELETE FROM exercise_totals WHERE exercise_id = OLD.exercise_id AND sessions = 0;"""

# Each entry upgrades the schema by one version; never edit a released entry, append a new one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE sessions (
            id TEXT PRIMARY KEY NOT NULL,
            exercise_id TEXT NOT NULL,
            exercise_kind TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT NOT NULL,
            planned_seconds REAL NOT NULL CHECK (planned_seconds >= 0),
            actual_seconds REAL NOT NULL CHECK (actual_seconds >= 0),
            completed INTEGER NOT NULL CHECK (completed IN (0, 1)),
            distress_before INTEGER CHECK (distress_before BETWEEN 0 AND 10),
            distress_after INTEGER CHECK (distress_after BETWEEN 0 AND 10),
            note TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX sessions_by_start ON sessions (started_at)",
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        )""",
    ),
    # 2: running totals per practice day and per exercise, kept by triggers, so statistics read
    # a few thousand summed rows instead of scanning every session. Measured with 100,000
    # sessions: a GROUP BY over sessions took ~90 ms, over covering indexes still ~45 ms.
    # day_totals groups by the practice day under day_totals_hour; Store.day_totals() falls
    # back to a live query for any other day-start hour, so the totals can never be wrong,
    # only slower until Store.rebuild_day_totals() is run for the new hour.
    (
        """CREATE TABLE day_totals_hour (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23)
        )""",
        "INSERT INTO day_totals_hour (id, hour) VALUES (1, 4)",
        """CREATE TABLE day_totals (
            day TEXT PRIMARY KEY NOT NULL,
            sessions INTEGER NOT NULL,
            practice_sessions INTEGER NOT NULL,
            completed INTEGER NOT NULL,
            milliseconds INTEGER NOT NULL,
            rated INTEGER NOT NULL,
            before_sum INTEGER NOT NULL,
            after_sum INTEGER NOT NULL
        ) WITHOUT ROWID""",
        """CREATE TABLE exercise_totals (
            exercise_id TEXT PRIMARY KEY NOT NULL,
            sessions INTEGER NOT NULL,
            completed INTEGER NOT NULL,
            milliseconds INTEGER NOT NULL,
            rated INTEGER NOT NULL,
            drop_sum INTEGER NOT NULL
        ) WITHOUT ROWID""",
        """INSERT INTO day_totals
        SELECT date(substr(started_at, 1, 19), '-4 hours') AS day,
            COUNT(*),
            SUM(completed = 1 OR actual_seconds >= 60),
            SUM(completed),
            SUM(CAST(round(actual_seconds * 1000) AS INTEGER)),
            SUM(distress_before IS NOT NULL AND distress_after IS NOT NULL),
            SUM(CASE WHEN distress_before IS NOT NULL AND distress_after IS NOT NULL
                THEN distress_before ELSE 0 END),
            SUM(CASE WHEN distress_before IS NOT NULL AND distress_after IS NOT NULL
                THEN distress_after ELSE 0 END)
        FROM sessions GROUP BY day""",
        """INSERT INTO exercise_totals
        SELECT exercise_id,
            COUNT(*),
            SUM(completed),
            SUM(CAST(round(actual_seconds * 1000) AS INTEGER)),
            SUM(distress_before IS NOT NULL AND distress_after IS NOT NULL),
            SUM(CASE WHEN distress_before IS NOT NULL AND distress_after IS NOT NULL
                THEN distress_before - distress_after ELSE 0 END)
        FROM sessions GROUP BY exercise_id""",
        f"""CREATE TRIGGER sessions_totals_insert AFTER INSERT ON sessions BEGIN
            {_V2_ADD_TOTALS}
        END""",
        f"""CREATE TRIGGER sessions_totals_delete AFTER DELETE ON sessions BEGIN
            {_V2_SUBTRACT_TOTALS}
        END""",
        # Notes are not summed, so editing a note does not fire this.
        f"""CREATE TRIGGER sessions_totals_update
        AFTER UPDATE OF exercise_id, started_at, completed, actual_seconds,
            distress_before, distress_after ON sessions
        BEGIN
            {_V2_SUBTRACT_TOTALS}
            {_V2_ADD_TOTALS}
        END""",
    ),
    # 3: breathing patterns people make. The CHECKs mirror the hard limits in
    # calmkit.core.exercises.breathing.custom; a row that breaks a rule anyway (edited by hand) is
    # reported and skipped when read, never changed. A deleted pattern keeps its row with
    # deleted_at set: past sessions keep its name, undo is exact, and its id is never reused.
    (
        """CREATE TABLE custom_patterns (
            id TEXT PRIMARY KEY NOT NULL CHECK (id GLOB 'custom-?*' AND length(id) <= 40),
            name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60 AND name = trim(name)),
            position INTEGER NOT NULL,
            inhale REAL NOT NULL
                CHECK (inhale BETWEEN 1 AND 30 AND inhale * 2 = round(inhale * 2)),
            inhale_top_up REAL NOT NULL DEFAULT 0
                CHECK (inhale_top_up BETWEEN 0 AND 30
                    AND inhale_top_up * 2 = round(inhale_top_up * 2)),
            hold REAL NOT NULL DEFAULT 0
                CHECK (hold BETWEEN 0 AND 30 AND hold * 2 = round(hold * 2)),
            exhale REAL NOT NULL
                CHECK (exhale BETWEEN 1 AND 30 AND exhale * 2 = round(exhale * 2)),
            rest REAL NOT NULL DEFAULT 0
                CHECK (rest BETWEEN 0 AND 30 AND rest * 2 = round(rest * 2)),
            default_minutes REAL CHECK (default_minutes > 0 AND default_minutes <= 180),
            default_cycles INTEGER CHECK (default_cycles BETWEEN 1 AND 1000),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            CHECK ((default_minutes IS NULL) <> (default_cycles IS NULL))
        )""",
        # SQLite's lower() folds ASCII only; the store also compares casefolded names.
        """CREATE UNIQUE INDEX custom_patterns_name
        ON custom_patterns (lower(name)) WHERE deleted_at IS NULL""",
    ),
    # 4: the weekly self-check (calmkit.core.selfcheck): only complete checks are stored, so
    # every answer is required and the total is checked against them.
    (
        """CREATE TABLE checkins (
            id TEXT PRIMARY KEY NOT NULL,
            taken_at TEXT NOT NULL,
            q1 INTEGER NOT NULL CHECK (q1 BETWEEN 0 AND 3),
            q2 INTEGER NOT NULL CHECK (q2 BETWEEN 0 AND 3),
            q3 INTEGER NOT NULL CHECK (q3 BETWEEN 0 AND 3),
            q4 INTEGER NOT NULL CHECK (q4 BETWEEN 0 AND 3),
            q5 INTEGER NOT NULL CHECK (q5 BETWEEN 0 AND 3),
            q6 INTEGER NOT NULL CHECK (q6 BETWEEN 0 AND 3),
            q7 INTEGER NOT NULL CHECK (q7 BETWEEN 0 AND 3),
            total INTEGER NOT NULL CHECK (total = q1 + q2 + q3 + q4 + q5 + q6 + q7)
        )""",
        "CREATE INDEX checkins_by_time ON checkins (taken_at)",
    ),
    # 5: crash safety. A session in progress keeps one checkpoint row, rewritten every few
    # seconds; a clean save replaces it with the session. A checkpoint left behind by a crash,
    # a kill or a power loss becomes a partial session marked recovered at the next start.
    # ended_at is where the practice had got to; seen_at is when the row was last written
    # (paused too), and process_id whose: another process never takes over a live session.
    (
        """ALTER TABLE sessions
        ADD COLUMN recovered INTEGER NOT NULL DEFAULT 0 CHECK (recovered IN (0, 1))""",
        """CREATE TABLE session_checkpoints (
            id TEXT PRIMARY KEY NOT NULL,
            exercise_id TEXT NOT NULL,
            exercise_kind TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT NOT NULL,
            planned_seconds REAL NOT NULL CHECK (planned_seconds >= 0),
            actual_seconds REAL NOT NULL CHECK (actual_seconds >= 0),
            distress_before INTEGER CHECK (distress_before BETWEEN 0 AND 10),
            process_id INTEGER NOT NULL,
            seen_at TEXT NOT NULL
        )""",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)
