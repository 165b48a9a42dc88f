-- Opens a hold after checking the holder's live-hold limit for the show, one rule for every
-- kind of hold (chosen seats in marquee_claim_seats, general admission from the api).
-- Raises MQH01 when the holder already has p_max_live live holds for the show.
CREATE OR REPLACE FUNCTION marquee_open_hold(
  p_hold_id uuid,
  p_show_id uuid,
  p_user_id uuid,
  p_terminal_id uuid,
  p_channel sales_channel,
  p_expires_at timestamptz,
  p_now timestamptz,
  p_max_live integer
) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_live integer;
BEGIN
  -- Serialises one holder's concurrent requests for a show, so the limit cannot be raced.
  PERFORM pg_advisory_xact_lock(hashtextextended(
    'hold:' || p_show_id || ':' || coalesce(p_terminal_id::text, p_user_id::text, 'anonymous'), 0));
  SELECT count(*) INTO v_live FROM holds h
  WHERE h.show_id = p_show_id AND h.status = 'active' AND h.expires_at > p_now
    AND (CASE WHEN p_terminal_id IS NOT NULL THEN h.terminal_id = p_terminal_id ELSE h.user_id = p_user_id END);
  IF v_live >= p_max_live THEN
    RAISE EXCEPTION 'hold limit reached' USING ERRCODE = 'MQH01';
  END IF;
  INSERT INTO holds (id, show_id, user_id, terminal_id, channel, expires_at, created_at)
  VALUES (p_hold_id, p_show_id, p_user_id, p_terminal_id, p_channel, p_expires_at, p_now);
END;
$$;
--> statement-breakpoint
-- A hold of chosen seats in one statement (one round trip): the hold (marquee_open_hold), the
-- all-or-nothing conditional claim, the show's version bump and the outbox delta.
-- Failures raise, so nothing of the attempt remains:
--   MQH01 the holder already has p_max_live live holds for the show;
--   MQH02 some seats are not part of the show (DETAIL: a JSON array of their ids);
--   MQH03 some seats are taken (DETAIL: a JSON array of their ids).
-- p_seat_ids must be distinct. Returns the show's new seat version.
CREATE OR REPLACE FUNCTION marquee_claim_seats(
  p_hold_id uuid,
  p_show_id uuid,
  p_seat_ids uuid[],
  p_user_id uuid,
  p_terminal_id uuid,
  p_channel sales_channel,
  p_expires_at timestamptz,
  p_now timestamptz,
  p_max_live integer
) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
  v_claimed uuid[];
  v_missing uuid[];
  v_version bigint;
BEGIN
  PERFORM marquee_open_hold(p_hold_id, p_show_id, p_user_id, p_terminal_id, p_channel, p_expires_at, p_now, p_max_live);

  WITH claimed AS (
    UPDATE show_seats ss SET status = 'held', hold_id = p_hold_id, held_until = p_expires_at
    WHERE ss.show_id = p_show_id AND ss.seat_id = ANY (p_seat_ids)
      AND (ss.status = 'available' OR (ss.status = 'held' AND ss.held_until <= p_now))
      AND (ss.channels IS NULL OR p_channel = ANY (ss.channels))
    RETURNING ss.seat_id
  )
  SELECT coalesce(array_agg(seat_id), '{}') INTO v_claimed FROM claimed;

  IF cardinality(v_claimed) <> cardinality(p_seat_ids) THEN
    SELECT coalesce(array_agg(s.id), '{}') INTO v_missing FROM unnest(p_seat_ids) AS s(id)
    WHERE NOT EXISTS (SELECT 1 FROM show_seats ss WHERE ss.show_id = p_show_id AND ss.seat_id = s.id);
    IF cardinality(v_missing) > 0 THEN
      RAISE EXCEPTION 'seats not in show' USING ERRCODE = 'MQH02', DETAIL = to_jsonb(v_missing)::text;
    END IF;
    SELECT coalesce(array_agg(s.id), '{}') INTO v_missing FROM unnest(p_seat_ids) AS s(id)
    WHERE s.id <> ALL (v_claimed);
    RAISE EXCEPTION 'seats taken' USING ERRCODE = 'MQH03', DETAIL = to_jsonb(v_missing)::text;
  END IF;

  UPDATE shows SET seat_version = seat_version + 1 WHERE id = p_show_id RETURNING seat_version INTO v_version;
  INSERT INTO outbox (aggregate_type, aggregate_id, type, payload)
  SELECT 'show', p_show_id, 'seats.changed', jsonb_build_object(
    'showId', p_show_id,
    'version', v_version,
    'changes', jsonb_agg(jsonb_build_object('seatId', s.id, 'status', 'held') ORDER BY s.ord))
  FROM unnest(p_seat_ids) WITH ORDINALITY AS s(id, ord);
  RETURN v_version;
END;
$$;
