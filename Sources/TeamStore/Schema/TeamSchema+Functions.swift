extension TeamSchema {
  /// Who the caller is, what it may report on, the server-set author and time, the
  /// notifications, and the SECURITY DEFINER functions through which the office grants.
  static var functionsSQL: String {
    """
    CREATE FUNCTION plandash.is_office() RETURNS boolean LANGUAGE sql STABLE
      SET search_path = pg_catalog AS $$
      SELECT pg_has_role(current_user, 'plandash_office', 'MEMBER')
    $$;
    -- Whether the caller may report on an item: the office on anything; a unit's login on
    -- the measures naming its unit as 牵头 or 责任 (in its region, where bound to one) and on
    -- the targets those measures are tied to (and their comparator series).
    CREATE FUNCTION plandash.may_report(item text) RETURNS boolean LANGUAGE sql STABLE
      SET search_path = pg_catalog AS $$
      SELECT plandash.is_office() OR EXISTS (
        SELECT 1 FROM plandash.member m
        JOIN plandash.measure_unit u ON u.unit = m.unit
        WHERE m.login = current_user AND m.kind = 'unit'
          AND (m.region IS NULL OR u.region = m.region)
          AND (u.measure_id = item OR u.measure_id IN (
            SELECT t.measure_id FROM plandash.measure_target t
            WHERE t.target_id = item OR t.target_id || '.comparator' = item)))
    $$;
    -- Migration (`plandash store migrate`) keeps the original authors and times; only the
    -- owner's members (the administrator) may ask for that.
    CREATE FUNCTION plandash.migrating() RETURNS boolean LANGUAGE sql STABLE
      SET search_path = pg_catalog AS $$
      SELECT coalesce(current_setting('plandash.migrating', true), '') = 'on'
        AND pg_has_role(current_user, 'plandash_owner', 'MEMBER')
    $$;
    \(stampFunctionsSQL(migrating: "plandash.migrating()"))
    CREATE FUNCTION plandash.notify_progress() RETURNS trigger LANGUAGE plpgsql
      SET search_path = pg_catalog AS $$
      BEGIN
        PERFORM pg_notify('plandash_progress', NEW.id::text);
        RETURN NULL;
      END
    $$;
    CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON plandash.measure
      FOR EACH ROW EXECUTE FUNCTION plandash.stamp_record();
    CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON plandash.actual
      FOR EACH ROW EXECUTE FUNCTION plandash.stamp_record();
    CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON plandash.operation
      FOR EACH ROW EXECUTE FUNCTION plandash.stamp_operation();
    -- A new operation is announced just after its commit (plandash.report, TeamStore.announce):
    -- a transaction that notifies holds a lock to its end, fsync included, so reports that
    -- notified inside their transaction would commit one at a time. Reviews and undone
    -- flags, rare, are announced here.
    CREATE TRIGGER notify AFTER UPDATE ON plandash.operation
      FOR EACH ROW EXECUTE FUNCTION plandash.notify_progress();

    """ + grantFunctionsSQL
  }

  /// The triggers' functions that set the author and time of records and operations, but
  /// while the owner migrates (`migrating`: the SQL that says so).
  static func stampFunctionsSQL(migrating: String) -> String {
    """
    CREATE OR REPLACE FUNCTION plandash.stamp_record() RETURNS trigger LANGUAGE plpgsql
      SET search_path = pg_catalog AS $$
      BEGIN
        IF NOT \(migrating) THEN
          NEW.updated_by := current_user;
          NEW.updated_at := now();
        END IF;
        RETURN NEW;
      END
    $$;
    CREATE OR REPLACE FUNCTION plandash.stamp_operation() RETURNS trigger LANGUAGE plpgsql
      SET search_path = pg_catalog AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF NOT \(migrating) THEN
            NEW.by := current_user;
            NEW.at := now();
            NEW.review := 'pending';
            NEW.review_note := NULL;
            NEW.reviewed_by := NULL;
            NEW.reviewed_at := NULL;
          END IF;
        ELSIF NEW.review IS DISTINCT FROM OLD.review
          OR NEW.review_note IS DISTINCT FROM OLD.review_note THEN
          NEW.reviewed_by := current_user;
          NEW.reviewed_at := now();
        END IF;
        RETURN NEW;
      END
    $$;
    """
  }

  /// `team grant` and `team revoke`: run as the owner (who may create roles), callable only
  /// by the office (and the database's administrators).
  static let grantFunctionsSQL = """
    CREATE FUNCTION plandash.grant_login(login name, kind text, unit text, region text,
      password text) RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog AS $$
      DECLARE
        created boolean := false;
      BEGIN
        IF kind NOT IN ('unit', 'office', 'viewer') THEN
          RAISE EXCEPTION 'unknown kind %', kind;
        END IF;
        IF kind = 'unit' AND NOT EXISTS (SELECT 1 FROM plandash.measure_unit u
            WHERE u.unit = grant_login.unit AND (grant_login.region IS NULL
              OR u.region = grant_login.region)) THEN
          RAISE EXCEPTION 'no published measure names the unit %', unit USING ERRCODE = 'P0002';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
          EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, password);
          created := true;
        ELSIF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login
            AND (rolsuper OR rolname LIKE 'plandash\\_%' OR NOT rolcanlogin)) THEN
          RAISE EXCEPTION 'role % cannot be bound', login USING ERRCODE = '42501';
        END IF;
        EXECUTE format('REVOKE plandash_office, plandash_unit, plandash_viewer FROM %I', login);
        EXECUTE format('GRANT %I TO %I', 'plandash_' || kind, login);
        INSERT INTO plandash.member (login, kind, unit, region, granted_by)
          VALUES (login, kind, CASE WHEN kind = 'unit' THEN unit END,
            CASE WHEN kind = 'unit' THEN region END, session_user)
          ON CONFLICT ON CONSTRAINT member_pkey DO UPDATE SET kind = excluded.kind,
            unit = excluded.unit, region = excluded.region,
            granted_by = session_user, granted_at = now();
        RETURN created;
      END
    $$;
    CREATE FUNCTION plandash.revoke_login(login name) RETURNS boolean LANGUAGE plpgsql
      SECURITY DEFINER SET search_path = pg_catalog AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM plandash.member m WHERE m.login = revoke_login.login) THEN
          RETURN false;
        END IF;
        EXECUTE format('REVOKE plandash_office, plandash_unit, plandash_viewer FROM %I', login);
        DELETE FROM plandash.member m WHERE m.login = revoke_login.login;
        RETURN true;
      END
    $$;
    REVOKE ALL ON FUNCTION plandash.grant_login(name, text, text, text, text) FROM PUBLIC;
    REVOKE ALL ON FUNCTION plandash.revoke_login(name) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION plandash.grant_login(name, text, text, text, text)
      TO plandash_office;
    GRANT EXECUTE ON FUNCTION plandash.revoke_login(name) TO plandash_office;

    """
}
