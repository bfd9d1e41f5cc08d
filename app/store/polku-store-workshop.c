/* polku-store-workshop.c: the organisation, its workshops and their contact
 * people, plus the helpers and records shared by the workshop table files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-store-workshop"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "polku-store-workshop-private.h"

G_DEFINE_ENUM_TYPE (PolkuAgreementKind, polku_agreement_kind,
  G_DEFINE_ENUM_VALUE (POLKU_AGREEMENT_KIND_GUIDELINES, "guidelines"),
  G_DEFINE_ENUM_VALUE (POLKU_AGREEMENT_KIND_COOPERATION, "cooperation"),
  G_DEFINE_ENUM_VALUE (POLKU_AGREEMENT_KIND_KOULUTUSSOPIMUS, "koulutussopimus"),
  G_DEFINE_ENUM_VALUE (POLKU_AGREEMENT_KIND_OPPISOPIMUS, "oppisopimus"))

G_DEFINE_ENUM_TYPE (PolkuExpiryState, polku_expiry_state,
  G_DEFINE_ENUM_VALUE (POLKU_EXPIRY_OK, "ok"),
  G_DEFINE_ENUM_VALUE (POLKU_EXPIRY_EXPIRING, "expiring"),
  G_DEFINE_ENUM_VALUE (POLKU_EXPIRY_EXPIRED, "expired"))

G_DEFINE_ENUM_TYPE (PolkuUnitExtent, polku_unit_extent,
  G_DEFINE_ENUM_VALUE (POLKU_UNIT_EXTENT_NONE, "none"),
  G_DEFINE_ENUM_VALUE (POLKU_UNIT_EXTENT_PARTIAL, "partial"),
  G_DEFINE_ENUM_VALUE (POLKU_UNIT_EXTENT_FULL, "full"))

/* Records */

void
polku_organisation_record_free (PolkuOrganisationRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->name);
  g_free (record->business_id);
  g_free (record->address);
  g_free (record->postal_code);
  g_free (record->municipality);
  g_free (record->updated_at);
  g_free (record);
}

PolkuOrganisationRecord *
polku_organisation_record_copy (const PolkuOrganisationRecord *record)
{
  PolkuOrganisationRecord *copy;

  g_return_val_if_fail (record != NULL, NULL);

  copy = g_new0 (PolkuOrganisationRecord, 1);
  copy->name = g_strdup (record->name);
  copy->business_id = g_strdup (record->business_id);
  copy->address = g_strdup (record->address);
  copy->postal_code = g_strdup (record->postal_code);
  copy->municipality = g_strdup (record->municipality);
  copy->updated_at = g_strdup (record->updated_at);
  return copy;
}

void
polku_workshop_record_free (PolkuWorkshopRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->name);
  g_free (record->address);
  g_free (record->postal_code);
  g_free (record->municipality);
  g_free (record->description);
  g_free (record->equipment);
  g_free (record->created_at);
  g_free (record->updated_at);
  g_free (record);
}

PolkuWorkshopRecord *
polku_workshop_record_copy (const PolkuWorkshopRecord *record)
{
  PolkuWorkshopRecord *copy;

  g_return_val_if_fail (record != NULL, NULL);

  copy = g_memdup2 (record, sizeof *record);
  copy->name = g_strdup (record->name);
  copy->address = g_strdup (record->address);
  copy->postal_code = g_strdup (record->postal_code);
  copy->municipality = g_strdup (record->municipality);
  copy->description = g_strdup (record->description);
  copy->equipment = g_strdup (record->equipment);
  copy->created_at = g_strdup (record->created_at);
  copy->updated_at = g_strdup (record->updated_at);
  return copy;
}

void
polku_contact_record_free (PolkuContactRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->name);
  g_free (record->title);
  g_free (record->phone);
  g_free (record->email);
  g_free (record);
}

PolkuContactRecord *
polku_contact_record_copy (const PolkuContactRecord *record)
{
  PolkuContactRecord *copy;

  g_return_val_if_fail (record != NULL, NULL);

  copy = g_memdup2 (record, sizeof *record);
  copy->name = g_strdup (record->name);
  copy->title = g_strdup (record->title);
  copy->phone = g_strdup (record->phone);
  copy->email = g_strdup (record->email);
  return copy;
}

void
polku_task_record_free (PolkuTaskRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->title);
  g_free (record->description);
  g_free (record->duration);
  g_free (record->tools);
  g_free (record->safety);
  g_free (record->created_at);
  g_free (record->updated_at);
  g_free (record);
}

PolkuTaskRecord *
polku_task_record_copy (const PolkuTaskRecord *record)
{
  PolkuTaskRecord *copy;

  g_return_val_if_fail (record != NULL, NULL);

  copy = g_memdup2 (record, sizeof *record);
  copy->title = g_strdup (record->title);
  copy->description = g_strdup (record->description);
  copy->duration = g_strdup (record->duration);
  copy->tools = g_strdup (record->tools);
  copy->safety = g_strdup (record->safety);
  copy->created_at = g_strdup (record->created_at);
  copy->updated_at = g_strdup (record->updated_at);
  return copy;
}

void
polku_mapping_record_free (PolkuMappingRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->task_title);
  g_free (record->natural_key);
  g_free (record->koodi_uri);
  g_free (record->text_fi);
  g_free (record->text_sv);
  g_free (record->kohdealue_fi);
  g_free (record->kohdealue_sv);
  g_free (record->osa_alue_nimi_fi);
  g_free (record->osa_alue_nimi_sv);
  g_free (record->unit_koodi_uri);
  g_free (record->unit_koodi_arvo);
  g_free (record->unit_nimi_fi);
  g_free (record->unit_nimi_sv);
  g_free (record->diaarinumero);
  g_free (record->peruste_nimi_fi);
  g_free (record->peruste_nimi_sv);
  g_free (record->mapped_at);
  g_free (record->recognised_by);
  g_free (record->teacher_name);
  g_free (record->teacher_organisation);
  g_free (record->note);
  g_free (record);
}

void
polku_deleted_task_free (PolkuDeletedTask *deleted)
{
  if (deleted == NULL)
    return;

  g_clear_pointer (&deleted->task, polku_task_record_free);
  g_clear_pointer (&deleted->mappings, g_ptr_array_unref);
  g_free (deleted);
}

void
polku_workshop_unit_record_free (PolkuWorkshopUnitRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->note);
  g_free (record->recognised_at);
  g_free (record->recognised_by);
  g_free (record->teacher_name);
  g_free (record->teacher_organisation);
  g_free (record->unit_koodi_arvo);
  g_free (record->unit_nimi_fi);
  g_free (record->unit_nimi_sv);
  g_free (record);
}

void
polku_recognition_record_free (PolkuRecognitionRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->recognised_on);
  g_free (record->recogniser_name);
  g_free (record->recogniser_organisation);
  g_free (record->published_on);
  g_free (record->note);
  g_free (record);
}

/* Whether anything of a recognition is recorded: a workshop counts as
 * recognised for that qualification once any of it is filled in. */
gboolean
polku_recognition_record_is_recognised (const PolkuRecognitionRecord *record)
{
  g_return_val_if_fail (record != NULL, FALSE);

  return record->recognised_on != NULL || record->recogniser_name != NULL ||
         record->recogniser_organisation != NULL || record->published_on != NULL;
}

void
polku_peruste_ref_record_free (PolkuPerusteRefRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->diaarinumero);
  g_free (record->nimi_fi);
  g_free (record->nimi_sv);
  g_free (record);
}

/* Auxiliary methods */

/* NFC so that a decomposed ä typed or pasted compares equal to a composed one. */
char *
_polku_ws_clean (const char *text)
{
  g_autofree char *normal = NULL;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;

  normal = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  if (normal == NULL)
    return NULL;

  g_strstrip (normal);
  if (*normal == '\0')
    return NULL;

  return g_steal_pointer (&normal);
}

gboolean
_polku_ws_check_date (const char  *iso,
                      const char  *label,
                      GError     **error)
{
  g_autofree char *clean = _polku_ws_clean (iso);
  GDate date;

  if (clean == NULL || polku_date_parse_iso (clean, &date))
    return TRUE;

  g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
               /* Translators: the first %s names a date field (e.g. "Valid to"), the second is what was given. */
               _("%s: “%s” is not a date. Use the form YYYY-MM-DD."), label, clean);
  return FALSE;
}

gboolean
_polku_ws_begin (PolkuStore  *self,
                 GError     **error)
{
  return polku_store_begin (self, error);
}

/* Ends what _polku_ws_begin started: commits and tells the models, or rolls back
 * so that a failed edit leaves nothing behind. A nested edit leaves the
 * notification to the outermost one. */
gboolean
_polku_ws_end (PolkuStore  *self,
               gboolean     ok,
               GError     **error)
{
  if (!ok)
    {
      polku_store_rollback (self);
      return FALSE;
    }

  if (!polku_store_commit (self, error))
    return FALSE;

  if (!polku_store_in_transaction (self))
    polku_store_emit_changed (self, "workshop");

  return TRUE;
}

/* Steps @stmt once: TRUE on a row; FALSE when done (and reset), with @error set
 * when it failed. */
gboolean
_polku_ws_step_row (PolkuStore    *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;

  if (rc != SQLITE_DONE)
    _polku_store_set_error (error, _polku_store_get_db (self), rc, _("Reading the workshop data"));

  sqlite3_reset (stmt);
  return FALSE;
}

gboolean
_polku_ws_exec_stmt (PolkuStore    *self,
                     sqlite3_stmt  *stmt,
                     GError       **error)
{
  return _polku_store_step_done (self, stmt, error);
}

gboolean
_polku_ws_expect_change (PolkuStore  *self,
                         const char  *message,
                         GError     **error)
{
  if (sqlite3_changes (_polku_store_get_db (self)) > 0)
    return TRUE;

  g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND, message);
  return FALSE;
}

gboolean
_polku_ws_exists (PolkuStore  *self,
                  const char  *sql,
                  gint64       id,
                  gboolean    *out_exists,
                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = _polku_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  *out_exists = _polku_ws_step_row (self, stmt, &local_error);
  sqlite3_reset (stmt);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/* @sql selects max(ord) + 1 (or 0) in the scope bound as ?1. */
gboolean
_polku_ws_next_ord (PolkuStore  *self,
                    const char  *sql,
                    gint64       scope_id,
                    int         *out_ord,
                    GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = _polku_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  _polku_ws_bind_id (stmt, 1, scope_id);
  if (!_polku_ws_step_row (self, stmt, &local_error))
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_FAILED,
                             _("Reading the workshop data failed."));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  *out_ord = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Moves @moved_id to @position (clamped) among the ids that @list_sql returns for
 * the scope ?1, and writes 0…n-1 as their order with @update_sql (?1 ord, ?2 id).
 * Runs inside the caller's transaction. */
gboolean
_polku_ws_reorder (PolkuStore  *self,
                   const char  *list_sql,
                   const char  *update_sql,
                   gint64       scope_id,
                   gint64       moved_id,
                   guint        position,
                   GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  guint from = G_MAXUINT;

  stmt = _polku_store_prepare (self, list_sql, error);
  if (stmt == NULL)
    return FALSE;

  _polku_ws_bind_id (stmt, 1, scope_id);
  while (_polku_ws_step_row (self, stmt, &local_error))
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (id == moved_id)
        from = ids->len;
      g_array_append_val (ids, id);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (from == G_MAXUINT)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND,
                           _("The item to move no longer exists."));
      return FALSE;
    }

  position = MIN (position, ids->len - 1);
  g_array_remove_index (ids, from);
  g_array_insert_val (ids, position, moved_id);

  for (guint i = 0; i < ids->len; i++)
    {
      stmt = _polku_store_prepare (self, update_sql, error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int (stmt, 1, (int) i);
      sqlite3_bind_int64 (stmt, 2, g_array_index (ids, gint64, i));
      if (!_polku_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Pure helpers */

/**
 * polku_date_parse_iso:
 * @iso: a date "YYYY-MM-DD"
 * @out_date: (out) (optional): the date
 *
 * Returns: whether @iso is a real calendar date in that exact form
 */
gboolean
polku_date_parse_iso (const char *iso,
                      GDate      *out_date)
{
  guint year, month, day;

  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (iso[i]))
      return FALSE;

  year = (guint) g_ascii_strtoull (iso, NULL, 10);
  month = (guint) g_ascii_strtoull (iso + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (iso + 8, NULL, 10);

  if (year < 1 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  if (out_date != NULL)
    {
      g_date_clear (out_date, 1);
      g_date_set_dmy (out_date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
    }

  return TRUE;
}

char *
polku_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

/**
 * polku_agreement_expiry_state:
 * @valid_to: (nullable): the agreement's last valid day, ISO; %NULL for open-ended
 * @today: the date to judge against (tests pass fixed dates)
 * @warn_days: how many days ahead an end is flagged, e.g. %POLKU_AGREEMENT_WARN_DAYS
 *
 * An agreement is expired from the day after @valid_to, and expiring from
 * @warn_days before it up to and including that day.
 */
PolkuExpiryState
polku_agreement_expiry_state (const char  *valid_to,
                              const GDate *today,
                              guint        warn_days)
{
  GDate end;
  int days_left;

  g_return_val_if_fail (today != NULL && g_date_valid (today), POLKU_EXPIRY_OK);

  if (!polku_date_parse_iso (valid_to, &end))
    return POLKU_EXPIRY_OK;

  days_left = g_date_days_between (today, &end);
  if (days_left < 0)
    return POLKU_EXPIRY_EXPIRED;
  if ((guint) days_left <= warn_days)
    return POLKU_EXPIRY_EXPIRING;
  return POLKU_EXPIRY_OK;
}

/* Opetushallitus organisation OIDs are the arc 1.2.246.562.10 and one number;
 * older ones carry no check digit, so only the form is checked. */
gboolean
polku_provider_oid_is_valid (const char *oid)
{
  static const char prefix[] = "1.2.246.562.10.";
  const char *number;
  gsize len;

  if (oid == NULL || !g_str_has_prefix (oid, prefix))
    return FALSE;

  number = oid + strlen (prefix);
  len = strlen (number);
  if (len == 0 || len > 32)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (number[i]))
      return FALSE;

  return TRUE;
}

/* Y-tunnus: seven digits, a hyphen and a check digit (weights 7 9 10 5 8 4 2,
 * modulo 11; a remainder of 1 is never issued). */
gboolean
polku_business_id_is_valid (const char *business_id)
{
  static const int weights[] = { 7, 9, 10, 5, 8, 4, 2 };
  int sum = 0, remainder, check;

  if (business_id == NULL || strlen (business_id) != 9 || business_id[7] != '-' ||
      !g_ascii_isdigit (business_id[8]))
    return FALSE;

  for (guint i = 0; i < 7; i++)
    {
      if (!g_ascii_isdigit (business_id[i]))
        return FALSE;
      sum += (business_id[i] - '0') * weights[i];
    }

  remainder = sum % 11;
  if (remainder == 1)
    return FALSE;
  check = remainder == 0 ? 0 : 11 - remainder;

  return check == business_id[8] - '0';
}

const char *
polku_agreement_kind_to_string (PolkuAgreementKind kind)
{
  switch (kind)
    {
    case POLKU_AGREEMENT_KIND_GUIDELINES:
      return "guidelines";
    case POLKU_AGREEMENT_KIND_COOPERATION:
      return "cooperation";
    case POLKU_AGREEMENT_KIND_KOULUTUSSOPIMUS:
      return "koulutussopimus";
    case POLKU_AGREEMENT_KIND_OPPISOPIMUS:
      return "oppisopimus";
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
polku_agreement_kind_from_string (const char         *text,
                                  PolkuAgreementKind *out_kind)
{
  for (PolkuAgreementKind kind = POLKU_AGREEMENT_KIND_GUIDELINES;
       kind <= POLKU_AGREEMENT_KIND_OPPISOPIMUS;
       kind++)
    {
      if (g_strcmp0 (text, polku_agreement_kind_to_string (kind)) == 0)
        {
          if (out_kind != NULL)
            *out_kind = kind;
          return TRUE;
        }
    }

  return FALSE;
}

/* The kind as the user reads it. */
const char *
polku_agreement_kind_get_label (PolkuAgreementKind kind)
{
  switch (kind)
    {
    case POLKU_AGREEMENT_KIND_GUIDELINES:
      return _("Regional cooperation guidelines");
    case POLKU_AGREEMENT_KIND_COOPERATION:
      return _("Cooperation agreement");
    case POLKU_AGREEMENT_KIND_KOULUTUSSOPIMUS:
      return _("Framework for training agreements (koulutussopimus)");
    case POLKU_AGREEMENT_KIND_OPPISOPIMUS:
      return _("Apprenticeship (oppisopimus)");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Organisation */

PolkuOrganisationRecord *
polku_store_get_organisation (PolkuStore  *self,
                              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  PolkuOrganisationRecord *record;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT name, business_id, address, postal_code, municipality, updated_at "
                               "FROM organisation WHERE organisation_id = 1",
                               error);
  if (stmt == NULL)
    return NULL;

  if (!_polku_ws_step_row (self, stmt, &local_error))
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_CORRUPT,
                             _("The database has no organisation."));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  record = g_new0 (PolkuOrganisationRecord, 1);
  record->name = _polku_column_dup (stmt, 0);
  record->business_id = _polku_column_dup (stmt, 1);
  record->address = _polku_column_dup (stmt, 2);
  record->postal_code = _polku_column_dup (stmt, 3);
  record->municipality = _polku_column_dup (stmt, 4);
  record->updated_at = _polku_column_dup (stmt, 5);
  sqlite3_reset (stmt);

  return record;
}

gboolean
polku_store_update_organisation (PolkuStore                     *self,
                                 const PolkuOrganisationRecord  *record,
                                 GError                        **error)
{
  g_autofree char *name = NULL;
  g_autofree char *business_id = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  name = _polku_ws_clean (record->name);
  business_id = _polku_ws_clean (record->business_id);

  if (business_id != NULL && !polku_business_id_is_valid (business_id))
    {
      g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                   /* Translators: %s is what was typed as a Finnish business ID (Y-tunnus). */
                   _("“%s” is not a valid business ID. It has the form 1234567-8, and its last digit is a check digit."),
                   business_id);
      return FALSE;
    }

  if (!_polku_ws_begin (self, error))
    return FALSE;

  stmt = _polku_store_prepare (self,
                               "UPDATE organisation SET name = ?1, business_id = ?2, address = ?3, "
                               "postal_code = ?4, municipality = ?5, "
                               "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                               "WHERE organisation_id = 1",
                               error);
  ok = stmt != NULL;
  if (ok)
    {
      _polku_bind_text (stmt, 1, name != NULL ? name : "");
      _polku_bind_text (stmt, 2, business_id);
      _polku_ws_bind_clean (stmt, 3, record->address);
      _polku_ws_bind_clean (stmt, 4, record->postal_code);
      _polku_ws_bind_clean (stmt, 5, record->municipality);
      ok = _polku_store_step_done (self, stmt, error);
    }

  return _polku_ws_end (self, ok, error);
}

/* Workshops */

#define WORKSHOP_COLUMNS \
  "w.workshop_id, w.name, w.address, w.postal_code, w.municipality, w.description, " \
  "w.equipment, w.ord, w.archived, w.created_at, w.updated_at, " \
  "(SELECT count(*) FROM task t WHERE t.workshop_id = w.workshop_id AND t.active = 1) "

static PolkuWorkshopRecord *
workshop_from_row (sqlite3_stmt *stmt)
{
  PolkuWorkshopRecord *record = g_new0 (PolkuWorkshopRecord, 1);

  record->workshop_id = sqlite3_column_int64 (stmt, 0);
  record->name = _polku_column_dup (stmt, 1);
  record->address = _polku_column_dup (stmt, 2);
  record->postal_code = _polku_column_dup (stmt, 3);
  record->municipality = _polku_column_dup (stmt, 4);
  record->description = _polku_column_dup (stmt, 5);
  record->equipment = _polku_column_dup (stmt, 6);
  record->ord = sqlite3_column_int (stmt, 7);
  record->archived = sqlite3_column_int (stmt, 8) != 0;
  record->created_at = _polku_column_dup (stmt, 9);
  record->updated_at = _polku_column_dup (stmt, 10);
  record->n_tasks = (guint) sqlite3_column_int (stmt, 11);
  return record;
}

static gboolean
check_workshop (const PolkuWorkshopRecord  *record,
                GError                    **error)
{
  g_autofree char *name = _polku_ws_clean (record->name);

  if (name == NULL)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                           _("A workshop needs a name."));
      return FALSE;
    }

  return TRUE;
}

/**
 * polku_store_list_workshops:
 *
 * Returns: (transfer container) (element-type PolkuWorkshopRecord): the
 *   workshops in their order, or %NULL with @error set
 */
GPtrArray *
polku_store_list_workshops (PolkuStore  *self,
                            gboolean     include_archived,
                            GError     **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT " WORKSHOP_COLUMNS " FROM workshop w "
                               "WHERE ?1 OR w.archived = 0 "
                               "ORDER BY w.archived, w.ord, w.workshop_id",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, include_archived ? 1 : 0);

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_workshop_record_free);
  while (_polku_ws_step_row (self, stmt, &local_error))
    g_ptr_array_add (records, workshop_from_row (stmt));

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&records);
}

PolkuWorkshopRecord *
polku_store_get_workshop (PolkuStore  *self,
                          gint64       workshop_id,
                          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  PolkuWorkshopRecord *record;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT " WORKSHOP_COLUMNS " FROM workshop w WHERE w.workshop_id = ?1",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, workshop_id);
  if (!_polku_ws_step_row (self, stmt, &local_error))
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND,
                             _("The workshop no longer exists."));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  record = workshop_from_row (stmt);
  sqlite3_reset (stmt);
  return record;
}

/**
 * polku_store_add_workshop:
 * @record: the new workshop; its id, order and timestamps are ignored
 *
 * Adds a workshop after the others.
 *
 * Returns: the new workshop's id, or 0 with @error set
 */
gint64
polku_store_add_workshop (PolkuStore                 *self,
                          const PolkuWorkshopRecord  *record,
                          GError                    **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int ord = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), 0);
  g_return_val_if_fail (record != NULL, 0);

  if (!check_workshop (record, error))
    return 0;

  if (!_polku_ws_begin (self, error))
    return 0;

  ok = _polku_ws_next_ord (self, "SELECT coalesce(max(ord) + 1, 0) FROM workshop",
                           0, &ord, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "INSERT INTO workshop (name, address, postal_code, municipality, "
                                   "description, equipment, ord, archived) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      _polku_ws_bind_clean (stmt, 1, record->name);
      _polku_ws_bind_clean (stmt, 2, record->address);
      _polku_ws_bind_clean (stmt, 3, record->postal_code);
      _polku_ws_bind_clean (stmt, 4, record->municipality);
      _polku_ws_bind_clean (stmt, 5, record->description);
      _polku_ws_bind_clean (stmt, 6, record->equipment);
      sqlite3_bind_int (stmt, 7, ord);
      sqlite3_bind_int (stmt, 8, record->archived ? 1 : 0);
      ok = _polku_store_step_done (self, stmt, error);
      id = sqlite3_last_insert_rowid (_polku_store_get_db (self));
    }

  if (!_polku_ws_end (self, ok, error))
    return 0;

  return id;
}

/**
 * polku_store_update_workshop:
 * @record: the workshop with its new texts and archived flag (order is kept)
 */
gboolean
polku_store_update_workshop (PolkuStore                 *self,
                             const PolkuWorkshopRecord  *record,
                             GError                    **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (!check_workshop (record, error))
    return FALSE;

  if (!_polku_ws_begin (self, error))
    return FALSE;

  stmt = _polku_store_prepare (self,
                               "UPDATE workshop SET name = ?2, address = ?3, postal_code = ?4, "
                               "municipality = ?5, description = ?6, equipment = ?7, archived = ?8, "
                               "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                               "WHERE workshop_id = ?1",
                               error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, record->workshop_id);
      _polku_ws_bind_clean (stmt, 2, record->name);
      _polku_ws_bind_clean (stmt, 3, record->address);
      _polku_ws_bind_clean (stmt, 4, record->postal_code);
      _polku_ws_bind_clean (stmt, 5, record->municipality);
      _polku_ws_bind_clean (stmt, 6, record->description);
      _polku_ws_bind_clean (stmt, 7, record->equipment);
      sqlite3_bind_int (stmt, 8, record->archived ? 1 : 0);
      ok = _polku_store_step_done (self, stmt, error) &&
           _polku_ws_expect_change (self, _("The workshop no longer exists."), error);
    }

  return _polku_ws_end (self, ok, error);
}

gboolean
polku_store_set_workshop_archived (PolkuStore  *self,
                                   gint64       workshop_id,
                                   gboolean     archived,
                                   GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  if (!_polku_ws_begin (self, error))
    return FALSE;

  stmt = _polku_store_prepare (self,
                               "UPDATE workshop SET archived = ?2, "
                               "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                               "WHERE workshop_id = ?1",
                               error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, workshop_id);
      sqlite3_bind_int (stmt, 2, archived ? 1 : 0);
      ok = _polku_store_step_done (self, stmt, error) &&
           _polku_ws_expect_change (self, _("The workshop no longer exists."), error);
    }

  return _polku_ws_end (self, ok, error);
}

gboolean
polku_store_move_workshop (PolkuStore  *self,
                           gint64       workshop_id,
                           guint        position,
                           GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  if (!_polku_ws_begin (self, error))
    return FALSE;

  ok = _polku_ws_reorder (self,
                          "SELECT workshop_id FROM workshop "
                          "ORDER BY ord, workshop_id",
                          "UPDATE workshop SET ord = ?1 WHERE workshop_id = ?2",
                          0, workshop_id, position, error);

  return _polku_ws_end (self, ok, error);
}

/**
 * polku_store_delete_workshop:
 *
 * Deletes a workshop with its tasks, their mappings and its contact people.
 * Agreements made for it stay, as the organisation's.
 */
gboolean
polku_store_delete_workshop (PolkuStore  *self,
                             gint64       workshop_id,
                             GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  if (!_polku_ws_begin (self, error))
    return FALSE;

  stmt = _polku_store_prepare (self, "DELETE FROM workshop WHERE workshop_id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, workshop_id);
      ok = _polku_store_step_done (self, stmt, error) &&
           _polku_ws_expect_change (self, _("The workshop no longer exists."), error);
    }

  return _polku_ws_end (self, ok, error);
}

/* Contact people */

static PolkuContactRecord *
contact_from_row (sqlite3_stmt *stmt)
{
  PolkuContactRecord *record = g_new0 (PolkuContactRecord, 1);

  record->contact_id = sqlite3_column_int64 (stmt, 0);
  record->workshop_id = sqlite3_column_int64 (stmt, 1);
  record->provider_id = sqlite3_column_int64 (stmt, 2);
  record->name = _polku_column_dup (stmt, 3);
  record->title = _polku_column_dup (stmt, 4);
  record->phone = _polku_column_dup (stmt, 5);
  record->email = _polku_column_dup (stmt, 6);
  record->ord = sqlite3_column_int (stmt, 7);
  return record;
}

static gboolean
check_contact (const PolkuContactRecord  *record,
               GError                   **error)
{
  g_autofree char *name = _polku_ws_clean (record->name);
  g_autofree char *email = _polku_ws_clean (record->email);

  if (name == NULL)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                           _("A contact person needs a name."));
      return FALSE;
    }

  if (email != NULL && (strchr (email, '@') == NULL || strchr (email, ' ') != NULL))
    {
      g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                   /* Translators: %s is what was typed as an e-mail address. */
                   _("“%s” is not an e-mail address."), email);
      return FALSE;
    }

  return TRUE;
}

/**
 * polku_store_list_contacts:
 * @workshop_id: the workshop, or 0
 * @provider_id: the education provider, or 0 (exactly one of the two is set)
 *
 * Returns: (transfer container) (element-type PolkuContactRecord): in order
 */
GPtrArray *
polku_store_list_contacts (PolkuStore  *self,
                           gint64       workshop_id,
                           gint64       provider_id,
                           GError     **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);
  g_return_val_if_fail ((workshop_id == 0) != (provider_id == 0), NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT contact_id, workshop_id, provider_id, name, title, phone, email, ord "
                               "FROM contact_person "
                               "WHERE (?1 IS NOT NULL AND workshop_id = ?1) OR (?2 IS NOT NULL AND provider_id = ?2) "
                               "ORDER BY ord, contact_id",
                               error);
  if (stmt == NULL)
    return NULL;

  _polku_ws_bind_id (stmt, 1, workshop_id);
  _polku_ws_bind_id (stmt, 2, provider_id);

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_contact_record_free);
  while (_polku_ws_step_row (self, stmt, &local_error))
    g_ptr_array_add (records, contact_from_row (stmt));

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&records);
}

PolkuContactRecord *
polku_store_get_contact (PolkuStore  *self,
                         gint64       contact_id,
                         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  PolkuContactRecord *record;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT contact_id, workshop_id, provider_id, name, title, phone, email, ord "
                               "FROM contact_person WHERE contact_id = ?1",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (!_polku_ws_step_row (self, stmt, &local_error))
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND,
                             _("The contact person no longer exists."));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  record = contact_from_row (stmt);
  sqlite3_reset (stmt);
  return record;
}

/**
 * polku_store_add_contact:
 * @record: the contact; workshop_id or provider_id says whose; added last
 *
 * Returns: the new contact's id, or 0 with @error set
 */
gint64
polku_store_add_contact (PolkuStore                *self,
                         const PolkuContactRecord  *record,
                         GError                   **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int ord = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), 0);
  g_return_val_if_fail (record != NULL, 0);
  g_return_val_if_fail ((record->workshop_id == 0) != (record->provider_id == 0), 0);

  if (!check_contact (record, error))
    return 0;

  if (!_polku_ws_begin (self, error))
    return 0;

  if (record->workshop_id != 0)
    ok = _polku_ws_next_ord (self,
                             "SELECT coalesce(max(ord) + 1, 0) FROM contact_person WHERE workshop_id = ?1",
                             record->workshop_id, &ord, error);
  else
    ok = _polku_ws_next_ord (self,
                             "SELECT coalesce(max(ord) + 1, 0) FROM contact_person WHERE provider_id = ?1",
                             record->provider_id, &ord, error);

  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "INSERT INTO contact_person (workshop_id, provider_id, name, title, "
                                   "phone, email, ord) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      _polku_ws_bind_id (stmt, 1, record->workshop_id);
      _polku_ws_bind_id (stmt, 2, record->provider_id);
      _polku_ws_bind_clean (stmt, 3, record->name);
      _polku_ws_bind_clean (stmt, 4, record->title);
      _polku_ws_bind_clean (stmt, 5, record->phone);
      _polku_ws_bind_clean (stmt, 6, record->email);
      sqlite3_bind_int (stmt, 7, ord);
      ok = _polku_store_step_done (self, stmt, error);
      id = sqlite3_last_insert_rowid (_polku_store_get_db (self));
    }

  if (!_polku_ws_end (self, ok, error))
    return 0;

  return id;
}

gboolean
polku_store_update_contact (PolkuStore                *self,
                            const PolkuContactRecord  *record,
                            GError                   **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (!check_contact (record, error))
    return FALSE;

  if (!_polku_ws_begin (self, error))
    return FALSE;

  stmt = _polku_store_prepare (self,
                               "UPDATE contact_person SET name = ?2, title = ?3, phone = ?4, email = ?5 "
                               "WHERE contact_id = ?1",
                               error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, record->contact_id);
      _polku_ws_bind_clean (stmt, 2, record->name);
      _polku_ws_bind_clean (stmt, 3, record->title);
      _polku_ws_bind_clean (stmt, 4, record->phone);
      _polku_ws_bind_clean (stmt, 5, record->email);
      ok = _polku_store_step_done (self, stmt, error) &&
           _polku_ws_expect_change (self, _("The contact person no longer exists."), error);
    }

  return _polku_ws_end (self, ok, error);
}

gboolean
polku_store_move_contact (PolkuStore  *self,
                          gint64       contact_id,
                          guint        position,
                          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gint64 workshop_id = 0, provider_id = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  stmt = _polku_store_prepare (self,
                               "SELECT workshop_id, provider_id FROM contact_person WHERE contact_id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, contact_id);
  if (!_polku_ws_step_row (self, stmt, &local_error))
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND,
                             _("The contact person no longer exists."));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  workshop_id = sqlite3_column_int64 (stmt, 0);
  provider_id = sqlite3_column_int64 (stmt, 1);
  sqlite3_reset (stmt);

  if (!_polku_ws_begin (self, error))
    return FALSE;

  if (workshop_id != 0)
    ok = _polku_ws_reorder (self,
                            "SELECT contact_id FROM contact_person WHERE workshop_id = ?1 "
                            "ORDER BY ord, contact_id",
                            "UPDATE contact_person SET ord = ?1 WHERE contact_id = ?2",
                            workshop_id, contact_id, position, error);
  else
    ok = _polku_ws_reorder (self,
                            "SELECT contact_id FROM contact_person WHERE provider_id = ?1 "
                            "ORDER BY ord, contact_id",
                            "UPDATE contact_person SET ord = ?1 WHERE contact_id = ?2",
                            provider_id, contact_id, position, error);

  return _polku_ws_end (self, ok, error);
}

gboolean
polku_store_delete_contact (PolkuStore  *self,
                            gint64       contact_id,
                            GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  if (!_polku_ws_begin (self, error))
    return FALSE;

  stmt = _polku_store_prepare (self, "DELETE FROM contact_person WHERE contact_id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, contact_id);
      ok = _polku_store_step_done (self, stmt, error) &&
           _polku_ws_expect_change (self, _("The contact person no longer exists."), error);
    }

  return _polku_ws_end (self, ok, error);
}

/* Recognition of a learning environment */

/**
 * polku_store_get_recognition:
 *
 * Returns: (transfer full): the recognition; when there is none yet, a record
 *   with only the two ids set
 */
PolkuRecognitionRecord *
polku_store_get_recognition (PolkuStore  *self,
                             gint64       workshop_id,
                             gint64       peruste_id,
                             GError     **error)
{
  g_autoptr(PolkuRecognitionRecord) record = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT recognised_on, recogniser_name, recogniser_organisation, "
                               "published_on, note FROM environment_recognition "
                               "WHERE workshop_id = ?1 AND peruste_id = ?2",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, workshop_id);
  sqlite3_bind_int64 (stmt, 2, peruste_id);

  record = g_new0 (PolkuRecognitionRecord, 1);
  record->workshop_id = workshop_id;
  record->peruste_id = peruste_id;

  if (_polku_ws_step_row (self, stmt, &local_error))
    {
      record->recognised_on = _polku_column_dup (stmt, 0);
      record->recogniser_name = _polku_column_dup (stmt, 1);
      record->recogniser_organisation = _polku_column_dup (stmt, 2);
      record->published_on = _polku_column_dup (stmt, 3);
      record->note = _polku_column_dup (stmt, 4);
      sqlite3_reset (stmt);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&record);
}

gboolean
polku_store_set_recognition (PolkuStore                    *self,
                             const PolkuRecognitionRecord  *record,
                             GError                       **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (!_polku_ws_check_date (record->recognised_on, _("Recognised on"), error) ||
      !_polku_ws_check_date (record->published_on, _("Published on"), error))
    return FALSE;

  if (!_polku_ws_begin (self, error))
    return FALSE;

  stmt = _polku_store_prepare (self,
                               "INSERT INTO environment_recognition (workshop_id, peruste_id, "
                               "recognised_on, recogniser_name, recogniser_organisation, published_on, note) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                               "ON CONFLICT (workshop_id, peruste_id) DO UPDATE SET "
                               "recognised_on = excluded.recognised_on, "
                               "recogniser_name = excluded.recogniser_name, "
                               "recogniser_organisation = excluded.recogniser_organisation, "
                               "published_on = excluded.published_on, note = excluded.note",
                               error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, record->workshop_id);
      sqlite3_bind_int64 (stmt, 2, record->peruste_id);
      _polku_ws_bind_clean (stmt, 3, record->recognised_on);
      _polku_ws_bind_clean (stmt, 4, record->recogniser_name);
      _polku_ws_bind_clean (stmt, 5, record->recogniser_organisation);
      _polku_ws_bind_clean (stmt, 6, record->published_on);
      _polku_ws_bind_clean (stmt, 7, record->note);
      ok = _polku_store_step_done (self, stmt, error);
    }

  return _polku_ws_end (self, ok, error);
}

gboolean
polku_store_delete_recognition (PolkuStore  *self,
                                gint64       workshop_id,
                                gint64       peruste_id,
                                GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  if (!_polku_ws_begin (self, error))
    return FALSE;

  stmt = _polku_store_prepare (self,
                               "DELETE FROM environment_recognition WHERE workshop_id = ?1 AND peruste_id = ?2",
                               error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, workshop_id);
      sqlite3_bind_int64 (stmt, 2, peruste_id);
      ok = _polku_store_step_done (self, stmt, error);
    }

  return _polku_ws_end (self, ok, error);
}
