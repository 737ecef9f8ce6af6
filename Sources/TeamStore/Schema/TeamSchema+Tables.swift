extension TeamSchema {
  static let tablesSQL = """
    CREATE TABLE plandash.schema_version (
      version integer NOT NULL
    );
    -- Who is who: a login bound to a unit (as the published plans name it), the office, or
    -- reading only.
    CREATE TABLE plandash.member (
      login name PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('unit', 'office', 'viewer')),
      unit text,
      region text,
      granted_by name NOT NULL DEFAULT current_user,
      granted_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((kind = 'unit') = (unit IS NOT NULL))
    );
    CREATE TABLE plandash.plan_version (
      id bigserial PRIMARY KEY,
      published_by name NOT NULL DEFAULT current_user,
      published_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE plandash.plan_file (
      version bigint NOT NULL REFERENCES plandash.plan_version(id),
      name text NOT NULL,
      sha256 text NOT NULL,
      content bytea NOT NULL,
      PRIMARY KEY (version, name)
    );
    -- The published plans' measures by unit: who may report on what.
    CREATE TABLE plandash.measure_unit (
      measure_id text NOT NULL,
      unit text NOT NULL,
      role text NOT NULL CHECK (role IN ('lead', 'responsible')),
      region text NOT NULL,
      PRIMARY KEY (measure_id, unit, role)
    );
    CREATE INDEX measure_unit_by_unit ON plandash.measure_unit(unit);
    CREATE TABLE plandash.measure_target (
      measure_id text NOT NULL,
      target_id text NOT NULL,
      PRIMARY KEY (measure_id, target_id)
    );
    CREATE INDEX measure_target_by_target ON plandash.measure_target(target_id);
    CREATE TABLE plandash.period (
      id integer PRIMARY KEY CHECK (id = 1),
      due_day integer NOT NULL CHECK (due_day BETWEEN 1 AND 28),
      set_by name NOT NULL DEFAULT current_user,
      set_at timestamptz NOT NULL DEFAULT now()
    );
    -- One operation per command: a report (change), or the undo or redo of one. Its review
    -- state is the office's: pending until accepted or returned with a note.
    CREATE TABLE plandash.operation (
      id bigserial PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('change', 'undo', 'redo')),
      what text NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      by name NOT NULL DEFAULT current_user,
      reverts bigint REFERENCES plandash.operation(id),
      undone boolean NOT NULL DEFAULT false,
      replaced text,
      review text NOT NULL DEFAULT 'pending' CHECK (review IN ('pending', 'accepted', 'returned')),
      review_note text,
      reviewed_by name,
      reviewed_at timestamptz
    );
    CREATE INDEX operation_by_author ON plandash.operation(by, id);
    CREATE TABLE plandash.operation_item (
      operation_id bigint NOT NULL REFERENCES plandash.operation(id),
      position integer NOT NULL,
      record text NOT NULL CHECK (record IN ('measure', 'actual')),
      item_id text NOT NULL,
      year integer,
      old_exists boolean NOT NULL,
      old_status text,
      old_value double precision,
      old_note text,
      new_exists boolean NOT NULL,
      new_status text,
      new_value double precision,
      new_note text,
      PRIMARY KEY (operation_id, position)
    );
    CREATE INDEX operation_item_by_item ON plandash.operation_item(item_id, operation_id);
    CREATE TABLE plandash.measure (
      id text PRIMARY KEY,
      status text NOT NULL CHECK (status IN ('todo', 'in-progress', 'done', 'blocked')),
      note text,
      operation_id bigint REFERENCES plandash.operation(id),
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by name NOT NULL DEFAULT current_user
    );
    CREATE TABLE plandash.actual (
      item_id text NOT NULL,
      year integer NOT NULL,
      value double precision NOT NULL,
      note text,
      operation_id bigint REFERENCES plandash.operation(id),
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by name NOT NULL DEFAULT current_user,
      PRIMARY KEY (item_id, year)
    );

    """
}
