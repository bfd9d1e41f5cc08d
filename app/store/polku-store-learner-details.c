/* polku-store-learner-details.c: what is kept beside a learner: workshop
 * periods (pajajaksot), consents, guidance and support measures, check-ins.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-store-learner-details"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "polku-store-learners-private.h"

#define PERIOD_GONE _("The workshop period is no longer in the database.")
#define CONSENT_GONE _("The consent is no longer in the database.")
#define SUPPORT_GONE _("The measure is no longer in the database.")
#define CHECKIN_GONE _("The check-in is no longer in the database.")

#define NOW "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"

/* Records */

void
polku_period_record_free (PolkuPeriodRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->starts_on);
  g_free (record->ends_on);
  g_free (record->supervisor);
  g_free (record->main_tasks);
  g_free (record->note);
  g_free (record->created_at);
  g_free (record->updated_at);
  g_free (record->workshop_name);
  g_free (record->provider_name);
  g_free (record->agreement_title);
  g_free (record);
}

PolkuPeriodRecord *
polku_period_record_copy (const PolkuPeriodRecord *record)
{
  PolkuPeriodRecord *copy;

  if (record == NULL)
    return NULL;

  copy = g_memdup2 (record, sizeof *record);
  copy->starts_on = g_strdup (record->starts_on);
  copy->ends_on = g_strdup (record->ends_on);
  copy->supervisor = g_strdup (record->supervisor);
  copy->main_tasks = g_strdup (record->main_tasks);
  copy->note = g_strdup (record->note);
  copy->created_at = g_strdup (record->created_at);
  copy->updated_at = g_strdup (record->updated_at);
  copy->workshop_name = g_strdup (record->workshop_name);
  copy->provider_name = g_strdup (record->provider_name);
  copy->agreement_title = g_strdup (record->agreement_title);
  return copy;
}

void
polku_consent_record_free (PolkuConsentRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->recipient);
  g_free (record->given_on);
  g_free (record->scope);
  g_free (record->withdrawn_on);
  g_free (record->note);
  g_free (record->created_at);
  g_free (record->updated_at);
  g_free (record->provider_name);
  g_free (record);
}

PolkuConsentRecord *
polku_consent_record_copy (const PolkuConsentRecord *record)
{
  PolkuConsentRecord *copy;

  if (record == NULL)
    return NULL;

  copy = g_memdup2 (record, sizeof *record);
  copy->recipient = g_strdup (record->recipient);
  copy->given_on = g_strdup (record->given_on);
  copy->scope = g_strdup (record->scope);
  copy->withdrawn_on = g_strdup (record->withdrawn_on);
  copy->note = g_strdup (record->note);
  copy->created_at = g_strdup (record->created_at);
  copy->updated_at = g_strdup (record->updated_at);
  copy->provider_name = g_strdup (record->provider_name);
  return copy;
}

void
polku_support_record_free (PolkuSupportRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->description);
  g_free (record->responsible);
  g_free (record->starts_on);
  g_free (record->ends_on);
  g_free (record->created_at);
  g_free (record->updated_at);
  g_free (record);
}

PolkuSupportRecord *
polku_support_record_copy (const PolkuSupportRecord *record)
{
  PolkuSupportRecord *copy;

  if (record == NULL)
    return NULL;

  copy = g_memdup2 (record, sizeof *record);
  copy->description = g_strdup (record->description);
  copy->responsible = g_strdup (record->responsible);
  copy->starts_on = g_strdup (record->starts_on);
  copy->ends_on = g_strdup (record->ends_on);
  copy->created_at = g_strdup (record->created_at);
  copy->updated_at = g_strdup (record->updated_at);
  return copy;
}

void
polku_checkin_record_free (PolkuCheckinRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->held_on);
  g_free (record->participants);
  g_free (record->record);
  g_free (record->next_on);
  g_free (record->created_at);
  g_free (record->updated_at);
  g_free (record);
}

PolkuCheckinRecord *
polku_checkin_record_copy (const PolkuCheckinRecord *record)
{
  PolkuCheckinRecord *copy;

  if (record == NULL)
    return NULL;

  copy = g_memdup2 (record, sizeof *record);
  copy->held_on = g_strdup (record->held_on);
  copy->participants = g_strdup (record->participants);
  copy->record = g_strdup (record->record);
  copy->next_on = g_strdup (record->next_on);
  copy->created_at = g_strdup (record->created_at);
  copy->updated_at = g_strdup (record->updated_at);
  return copy;
}

/**
 * polku_consent_record_is_active:
 * @today: (nullable): the day to judge on; %NULL: today
 *
 * Returns: whether the consent was given by @today and not withdrawn by then
 */
gboolean
polku_consent_record_is_active (const PolkuConsentRecord *record,
                                const GDate              *today)
{
  g_autofree char *day = NULL;

  g_return_val_if_fail (record != NULL, FALSE);

  if (today != NULL)
    day = polku_date_to_iso (today);
  else
    day = _polku_ln_today ();

  if (record->given_on == NULL || strcmp (record->given_on, day) > 0)
    return FALSE;

  return record->withdrawn_on == NULL || strcmp (record->withdrawn_on, day) > 0;
}

/* Generic pieces */

static GPtrArray *
list_rows (PolkuStore      *self,
           const char      *sql,
           gint64           id,
           PolkuLnFromRow   from_row,
           GDestroyNotify   free_func,
           GError         **error)
{
  sqlite3_stmt *stmt;

  stmt = _polku_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  return _polku_ln_collect_rows (self, stmt, from_row, free_func, error);
}

static gpointer
get_row (PolkuStore     *self,
         const char     *sql,
         gint64          id,
         PolkuLnFromRow  from_row,
         const char     *gone,
         GError        **error)
{
  sqlite3_stmt *stmt;
  gpointer record;

  stmt = _polku_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!_polku_ln_step_one (self, stmt, gone, error))
    return NULL;

  record = from_row (stmt);
  sqlite3_reset (stmt);
  return record;
}

static gboolean
delete_row (PolkuStore   *self,
            const char   *sql,
            gint64        id,
            const char   *gone,
            GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  if (!_polku_ln_begin (self, error))
    return FALSE;

  stmt = _polku_store_prepare (self, sql, error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = _polku_store_step_done (self, stmt, error) && _polku_ln_expect_change (self, gone, error);
    }

  return _polku_ln_end (self, ok, error);
}

static gboolean
check_provider_exists (PolkuStore  *self,
                       gint64       provider_id,
                       GError     **error)
{
  return provider_id == 0 ||
         _polku_ln_check_exists (self, "SELECT 1 FROM provider WHERE provider_id = ?1", provider_id,
                                 _("The education provider is no longer in the database."), error);
}

/* Workshop periods */

#define PERIOD_SQL \
  "SELECT p.period_id, p.learner_id, p.kind, p.workshop_id, p.provider_id, p.agreement_id, " \
  "       p.starts_on, p.ends_on, p.part_time_percent, p.supervisor, p.main_tasks, p.note, " \
  "       p.created_at, p.updated_at, w.name, pr.name, a.title " \
  "  FROM learner_period p " \
  "  LEFT JOIN workshop w ON w.workshop_id = p.workshop_id " \
  "  LEFT JOIN provider pr ON pr.provider_id = p.provider_id " \
  "  LEFT JOIN agreement a ON a.agreement_id = p.agreement_id "

static gpointer
period_from_row (sqlite3_stmt *stmt)
{
  PolkuPeriodRecord *record = g_new0 (PolkuPeriodRecord, 1);

  record->period_id = sqlite3_column_int64 (stmt, 0);
  record->learner_id = sqlite3_column_int64 (stmt, 1);
  if (!polku_period_kind_from_string ((const char *) sqlite3_column_text (stmt, 2), &record->kind))
    record->kind = POLKU_PERIOD_KIND_TRAINEE;
  record->workshop_id = sqlite3_column_int64 (stmt, 3);
  record->provider_id = sqlite3_column_int64 (stmt, 4);
  record->agreement_id = sqlite3_column_int64 (stmt, 5);
  record->starts_on = _polku_column_dup (stmt, 6);
  record->ends_on = _polku_column_dup (stmt, 7);
  record->part_time_percent = sqlite3_column_int (stmt, 8);
  record->supervisor = _polku_column_dup (stmt, 9);
  record->main_tasks = _polku_column_dup (stmt, 10);
  record->note = _polku_column_dup (stmt, 11);
  record->created_at = _polku_column_dup (stmt, 12);
  record->updated_at = _polku_column_dup (stmt, 13);
  record->workshop_name = _polku_column_dup (stmt, 14);
  record->provider_name = _polku_column_dup (stmt, 15);
  record->agreement_title = _polku_column_dup (stmt, 16);
  return record;
}

/**
 * polku_store_list_periods:
 *
 * Returns: (transfer container) (element-type PolkuPeriodRecord): the
 *   learner's workshop periods by start date
 */
GPtrArray *
polku_store_list_periods (PolkuStore  *self,
                          gint64       learner_id,
                          GError     **error)
{
  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  return list_rows (self, PERIOD_SQL " WHERE p.learner_id = ?1 ORDER BY p.starts_on, p.period_id",
                    learner_id, period_from_row, (GDestroyNotify) polku_period_record_free, error);
}

PolkuPeriodRecord *
polku_store_get_period (PolkuStore  *self,
                        gint64       period_id,
                        GError     **error)
{
  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  return get_row (self, PERIOD_SQL " WHERE p.period_id = ?1", period_id, period_from_row, PERIOD_GONE, error);
}

static gboolean
check_period (PolkuStore               *self,
              const PolkuPeriodRecord  *record,
              GError                  **error)
{
  if ((int) record->kind < POLKU_PERIOD_KIND_TRAINEE || record->kind > POLKU_PERIOD_KIND_OPPISOPIMUS)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID, _("Unknown kind of period."));
      return FALSE;
    }

  if (!_polku_ln_check_date (record->starts_on, TRUE, _("Start date"), error) ||
      !_polku_ln_check_date (record->ends_on, FALSE, _("End date"), error) ||
      !_polku_ln_check_range (record->starts_on, record->ends_on, error))
    return FALSE;

  if (record->part_time_percent < 0 || record->part_time_percent > 100)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                           _("The part-time share is a percentage from 1 to 100."));
      return FALSE;
    }

  if (record->workshop_id != 0 &&
      !_polku_ln_check_exists (self, "SELECT 1 FROM workshop WHERE workshop_id = ?1", record->workshop_id,
                               _("The workshop is no longer in the database."), error))
    return FALSE;

  if (!check_provider_exists (self, record->provider_id, error))
    return FALSE;

  if (record->agreement_id != 0 &&
      !_polku_ln_check_exists (self, "SELECT 1 FROM agreement WHERE agreement_id = ?1", record->agreement_id,
                               _("The agreement is no longer in the database."), error))
    return FALSE;

  return TRUE;
}

static void
bind_period (sqlite3_stmt            *stmt,
             const PolkuPeriodRecord *record)
{
  _polku_bind_text (stmt, 2, polku_period_kind_to_string (record->kind));
  _polku_ln_bind_id (stmt, 3, record->workshop_id);
  _polku_ln_bind_id (stmt, 4, record->provider_id);
  _polku_ln_bind_id (stmt, 5, record->agreement_id);
  _polku_ln_bind_clean (stmt, 6, record->starts_on);
  _polku_ln_bind_clean (stmt, 7, record->ends_on);
  if (record->part_time_percent > 0)
    sqlite3_bind_int (stmt, 8, record->part_time_percent);
  else
    sqlite3_bind_null (stmt, 8);
  _polku_ln_bind_clean (stmt, 9, record->supervisor);
  _polku_ln_bind_clean (stmt, 10, record->main_tasks);
  _polku_ln_bind_clean (stmt, 11, record->note);
}

/**
 * polku_store_add_period:
 * @record: the period; learner_id and starts_on are required
 *
 * Returns: the new period_id, or 0 with @error set
 */
gint64
polku_store_add_period (PolkuStore               *self,
                        const PolkuPeriodRecord  *record,
                        GError                  **error)
{
  sqlite3_stmt *stmt = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), 0);
  g_return_val_if_fail (record != NULL, 0);

  if (!_polku_ln_begin (self, error))
    return 0;

  ok = _polku_ln_check_learner (self, record->learner_id, error) && check_period (self, record, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "INSERT INTO learner_period (learner_id, kind, workshop_id, provider_id, "
                                   "agreement_id, starts_on, ends_on, part_time_percent, supervisor, main_tasks, note) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, record->learner_id);
      bind_period (stmt, record);
      ok = _polku_store_step_done (self, stmt, error);
      id = sqlite3_last_insert_rowid (_polku_store_get_db (self));
    }

  if (!_polku_ln_end (self, ok, error))
    return 0;

  return id;
}

gboolean
polku_store_update_period (PolkuStore               *self,
                           const PolkuPeriodRecord  *record,
                           GError                  **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (!_polku_ln_begin (self, error))
    return FALSE;

  ok = check_period (self, record, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "UPDATE learner_period SET kind = ?2, workshop_id = ?3, provider_id = ?4, "
                                   "agreement_id = ?5, starts_on = ?6, ends_on = ?7, part_time_percent = ?8, "
                                   "supervisor = ?9, main_tasks = ?10, note = ?11, updated_at = " NOW
                                   " WHERE period_id = ?1",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, record->period_id);
      bind_period (stmt, record);
      ok = _polku_store_step_done (self, stmt, error) && _polku_ln_expect_change (self, PERIOD_GONE, error);
    }

  return _polku_ln_end (self, ok, error);
}

gboolean
polku_store_delete_period (PolkuStore  *self,
                           gint64       period_id,
                           GError     **error)
{
  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  return delete_row (self, "DELETE FROM learner_period WHERE period_id = ?1", period_id, PERIOD_GONE, error);
}

/* Consents */

#define CONSENT_SQL \
  "SELECT c.consent_id, c.learner_id, c.provider_id, c.recipient, c.given_on, c.scope, " \
  "       c.withdrawn_on, c.note, c.created_at, c.updated_at, pr.name " \
  "  FROM consent c LEFT JOIN provider pr ON pr.provider_id = c.provider_id "

static gpointer
consent_from_row (sqlite3_stmt *stmt)
{
  PolkuConsentRecord *record = g_new0 (PolkuConsentRecord, 1);

  record->consent_id = sqlite3_column_int64 (stmt, 0);
  record->learner_id = sqlite3_column_int64 (stmt, 1);
  record->provider_id = sqlite3_column_int64 (stmt, 2);
  record->recipient = _polku_column_dup (stmt, 3);
  record->given_on = _polku_column_dup (stmt, 4);
  record->scope = _polku_column_dup (stmt, 5);
  record->withdrawn_on = _polku_column_dup (stmt, 6);
  record->note = _polku_column_dup (stmt, 7);
  record->created_at = _polku_column_dup (stmt, 8);
  record->updated_at = _polku_column_dup (stmt, 9);
  record->provider_name = _polku_column_dup (stmt, 10);
  return record;
}

/**
 * polku_store_list_consents:
 *
 * Returns: (transfer container) (element-type PolkuConsentRecord): by date given
 */
GPtrArray *
polku_store_list_consents (PolkuStore  *self,
                           gint64       learner_id,
                           GError     **error)
{
  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  return list_rows (self, CONSENT_SQL " WHERE c.learner_id = ?1 ORDER BY c.given_on, c.consent_id",
                    learner_id, consent_from_row, (GDestroyNotify) polku_consent_record_free, error);
}

PolkuConsentRecord *
polku_store_get_consent (PolkuStore  *self,
                         gint64       consent_id,
                         GError     **error)
{
  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  return get_row (self, CONSENT_SQL " WHERE c.consent_id = ?1", consent_id, consent_from_row, CONSENT_GONE, error);
}

static gboolean
check_consent (PolkuStore                *self,
               const PolkuConsentRecord  *record,
               GError                   **error)
{
  g_autofree char *recipient = _polku_ws_clean (record->recipient);
  g_autofree char *given = _polku_ws_clean (record->given_on);
  g_autofree char *withdrawn = _polku_ws_clean (record->withdrawn_on);

  if (record->provider_id == 0 && recipient == NULL)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                           _("Name the education provider the data may be shared with."));
      return FALSE;
    }

  if (!_polku_ln_require_text (record->scope, _("Say what data the consent covers."), error))
    return FALSE;

  if (!_polku_ln_check_date (record->given_on, TRUE, _("Given on"), error) ||
      !_polku_ln_check_date (record->withdrawn_on, FALSE, _("Withdrawn on"), error))
    return FALSE;

  if (withdrawn != NULL && strcmp (withdrawn, given) < 0)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                           _("A consent cannot be withdrawn before it was given."));
      return FALSE;
    }

  return check_provider_exists (self, record->provider_id, error);
}

static void
bind_consent (sqlite3_stmt             *stmt,
              const PolkuConsentRecord *record)
{
  _polku_ln_bind_id (stmt, 2, record->provider_id);
  _polku_ln_bind_clean (stmt, 3, record->recipient);
  _polku_ln_bind_clean (stmt, 4, record->given_on);
  _polku_ln_bind_clean (stmt, 5, record->scope);
  _polku_ln_bind_clean (stmt, 6, record->withdrawn_on);
  _polku_ln_bind_clean (stmt, 7, record->note);
}

/**
 * polku_store_add_consent:
 * @record: learner_id, a provider_id or a recipient, given_on and scope are required
 *
 * Returns: the new consent_id, or 0 with @error set
 */
gint64
polku_store_add_consent (PolkuStore                *self,
                         const PolkuConsentRecord  *record,
                         GError                   **error)
{
  sqlite3_stmt *stmt = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), 0);
  g_return_val_if_fail (record != NULL, 0);

  if (!_polku_ln_begin (self, error))
    return 0;

  ok = _polku_ln_check_learner (self, record->learner_id, error) && check_consent (self, record, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "INSERT INTO consent (learner_id, provider_id, recipient, given_on, scope, "
                                   "withdrawn_on, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, record->learner_id);
      bind_consent (stmt, record);
      ok = _polku_store_step_done (self, stmt, error);
      id = sqlite3_last_insert_rowid (_polku_store_get_db (self));
    }

  if (!_polku_ln_end (self, ok, error))
    return 0;

  return id;
}

gboolean
polku_store_update_consent (PolkuStore                *self,
                            const PolkuConsentRecord  *record,
                            GError                   **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (!_polku_ln_begin (self, error))
    return FALSE;

  ok = check_consent (self, record, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "UPDATE consent SET provider_id = ?2, recipient = ?3, given_on = ?4, scope = ?5, "
                                   "withdrawn_on = ?6, note = ?7, updated_at = " NOW " WHERE consent_id = ?1",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, record->consent_id);
      bind_consent (stmt, record);
      ok = _polku_store_step_done (self, stmt, error) && _polku_ln_expect_change (self, CONSENT_GONE, error);
    }

  return _polku_ln_end (self, ok, error);
}

/**
 * polku_store_withdraw_consent:
 * @withdrawn_on: (nullable): the date; %NULL: today
 *
 * Marks the consent withdrawn; it is kept, so that it shows what was agreed.
 */
gboolean
polku_store_withdraw_consent (PolkuStore  *self,
                              gint64       consent_id,
                              const char  *withdrawn_on,
                              GError     **error)
{
  g_autoptr(PolkuConsentRecord) record = NULL;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  record = polku_store_get_consent (self, consent_id, error);
  if (record == NULL)
    return FALSE;

  g_free (record->withdrawn_on);
  record->withdrawn_on = withdrawn_on != NULL ? g_strdup (withdrawn_on) : _polku_ln_today ();
  return polku_store_update_consent (self, record, error);
}

gboolean
polku_store_delete_consent (PolkuStore  *self,
                            gint64       consent_id,
                            GError     **error)
{
  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  return delete_row (self, "DELETE FROM consent WHERE consent_id = ?1", consent_id, CONSENT_GONE, error);
}

/* Guidance and support measures */

#define SUPPORT_SQL \
  "SELECT measure_id, learner_id, kind, description, responsible, starts_on, ends_on, ord, " \
  "       created_at, updated_at FROM support_measure "

static gpointer
support_from_row (sqlite3_stmt *stmt)
{
  PolkuSupportRecord *record = g_new0 (PolkuSupportRecord, 1);

  record->measure_id = sqlite3_column_int64 (stmt, 0);
  record->learner_id = sqlite3_column_int64 (stmt, 1);
  record->kind = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 2), "support") == 0
                 ? POLKU_SUPPORT_KIND_SUPPORT : POLKU_SUPPORT_KIND_GUIDANCE;
  record->description = _polku_column_dup (stmt, 3);
  record->responsible = _polku_column_dup (stmt, 4);
  record->starts_on = _polku_column_dup (stmt, 5);
  record->ends_on = _polku_column_dup (stmt, 6);
  record->ord = sqlite3_column_int (stmt, 7);
  record->created_at = _polku_column_dup (stmt, 8);
  record->updated_at = _polku_column_dup (stmt, 9);
  return record;
}

/**
 * polku_store_list_support:
 *
 * Returns: (transfer container) (element-type PolkuSupportRecord): in the order
 *   they were added
 */
GPtrArray *
polku_store_list_support (PolkuStore  *self,
                          gint64       learner_id,
                          GError     **error)
{
  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  return list_rows (self, SUPPORT_SQL " WHERE learner_id = ?1 ORDER BY ord, measure_id",
                    learner_id, support_from_row, (GDestroyNotify) polku_support_record_free, error);
}

static gboolean
check_support (const PolkuSupportRecord  *record,
               GError                   **error)
{
  if (record->kind != POLKU_SUPPORT_KIND_GUIDANCE && record->kind != POLKU_SUPPORT_KIND_SUPPORT)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID, _("Unknown kind of measure."));
      return FALSE;
    }

  return _polku_ln_require_text (record->description, _("Describe the measure."), error) &&
         _polku_ln_check_date (record->starts_on, FALSE, _("Start date"), error) &&
         _polku_ln_check_date (record->ends_on, FALSE, _("End date"), error) &&
         _polku_ln_check_range (record->starts_on, record->ends_on, error);
}

static void
bind_support (sqlite3_stmt             *stmt,
              const PolkuSupportRecord *record)
{
  _polku_bind_text (stmt, 2, record->kind == POLKU_SUPPORT_KIND_SUPPORT ? "support" : "guidance");
  _polku_ln_bind_clean (stmt, 3, record->description);
  _polku_ln_bind_clean (stmt, 4, record->responsible);
  _polku_ln_bind_clean (stmt, 5, record->starts_on);
  _polku_ln_bind_clean (stmt, 6, record->ends_on);
}

/**
 * polku_store_add_support:
 * @record: learner_id, kind and description are required
 *
 * Returns: the new measure_id (it goes last), or 0 with @error set
 */
gint64
polku_store_add_support (PolkuStore                *self,
                         const PolkuSupportRecord  *record,
                         GError                   **error)
{
  sqlite3_stmt *stmt = NULL;
  gint64 id = 0;
  int ord = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), 0);
  g_return_val_if_fail (record != NULL, 0);

  if (!_polku_ln_begin (self, error))
    return 0;

  ok = _polku_ln_check_learner (self, record->learner_id, error) && check_support (record, error) &&
       _polku_ws_next_ord (self, "SELECT ifnull (max (ord) + 1, 0) FROM support_measure WHERE learner_id = ?1",
                           record->learner_id, &ord, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "INSERT INTO support_measure (learner_id, kind, description, responsible, "
                                   "starts_on, ends_on, ord) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, record->learner_id);
      bind_support (stmt, record);
      sqlite3_bind_int (stmt, 7, ord);
      ok = _polku_store_step_done (self, stmt, error);
      id = sqlite3_last_insert_rowid (_polku_store_get_db (self));
    }

  if (!_polku_ln_end (self, ok, error))
    return 0;

  return id;
}

gboolean
polku_store_update_support (PolkuStore                *self,
                            const PolkuSupportRecord  *record,
                            GError                   **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (!_polku_ln_begin (self, error))
    return FALSE;

  ok = check_support (record, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "UPDATE support_measure SET kind = ?2, description = ?3, responsible = ?4, "
                                   "starts_on = ?5, ends_on = ?6, updated_at = " NOW " WHERE measure_id = ?1",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, record->measure_id);
      bind_support (stmt, record);
      ok = _polku_store_step_done (self, stmt, error) && _polku_ln_expect_change (self, SUPPORT_GONE, error);
    }

  return _polku_ln_end (self, ok, error);
}

gboolean
polku_store_delete_support (PolkuStore  *self,
                            gint64       measure_id,
                            GError     **error)
{
  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  return delete_row (self, "DELETE FROM support_measure WHERE measure_id = ?1", measure_id, SUPPORT_GONE, error);
}

/* Check-in meetings */

#define CHECKIN_SQL \
  "SELECT checkin_id, learner_id, held_on, participants, record, next_on, created_at, updated_at FROM checkin "

static gpointer
checkin_from_row (sqlite3_stmt *stmt)
{
  PolkuCheckinRecord *record = g_new0 (PolkuCheckinRecord, 1);

  record->checkin_id = sqlite3_column_int64 (stmt, 0);
  record->learner_id = sqlite3_column_int64 (stmt, 1);
  record->held_on = _polku_column_dup (stmt, 2);
  record->participants = _polku_column_dup (stmt, 3);
  record->record = _polku_column_dup (stmt, 4);
  record->next_on = _polku_column_dup (stmt, 5);
  record->created_at = _polku_column_dup (stmt, 6);
  record->updated_at = _polku_column_dup (stmt, 7);
  return record;
}

/**
 * polku_store_list_checkins:
 *
 * Returns: (transfer container) (element-type PolkuCheckinRecord): by date
 */
GPtrArray *
polku_store_list_checkins (PolkuStore  *self,
                           gint64       learner_id,
                           GError     **error)
{
  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  return list_rows (self, CHECKIN_SQL " WHERE learner_id = ?1 ORDER BY held_on, checkin_id",
                    learner_id, checkin_from_row, (GDestroyNotify) polku_checkin_record_free, error);
}

static gboolean
check_checkin (const PolkuCheckinRecord  *record,
               GError                   **error)
{
  return _polku_ln_check_date (record->held_on, TRUE, _("Meeting date"), error) &&
         _polku_ln_check_date (record->next_on, FALSE, _("Next meeting"), error);
}

static void
bind_checkin (sqlite3_stmt             *stmt,
              const PolkuCheckinRecord *record)
{
  _polku_ln_bind_clean (stmt, 2, record->held_on);
  _polku_ln_bind_clean (stmt, 3, record->participants);
  _polku_ln_bind_clean (stmt, 4, record->record);
  _polku_ln_bind_clean (stmt, 5, record->next_on);
}

/**
 * polku_store_add_checkin:
 * @record: learner_id and held_on are required
 *
 * Returns: the new checkin_id, or 0 with @error set
 */
gint64
polku_store_add_checkin (PolkuStore                *self,
                         const PolkuCheckinRecord  *record,
                         GError                   **error)
{
  sqlite3_stmt *stmt = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), 0);
  g_return_val_if_fail (record != NULL, 0);

  if (!_polku_ln_begin (self, error))
    return 0;

  ok = _polku_ln_check_learner (self, record->learner_id, error) && check_checkin (record, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "INSERT INTO checkin (learner_id, held_on, participants, record, next_on) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5)",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, record->learner_id);
      bind_checkin (stmt, record);
      ok = _polku_store_step_done (self, stmt, error);
      id = sqlite3_last_insert_rowid (_polku_store_get_db (self));
    }

  if (!_polku_ln_end (self, ok, error))
    return 0;

  return id;
}

gboolean
polku_store_update_checkin (PolkuStore                *self,
                            const PolkuCheckinRecord  *record,
                            GError                   **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (!_polku_ln_begin (self, error))
    return FALSE;

  ok = check_checkin (record, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "UPDATE checkin SET held_on = ?2, participants = ?3, record = ?4, next_on = ?5, "
                                   "updated_at = " NOW " WHERE checkin_id = ?1",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, record->checkin_id);
      bind_checkin (stmt, record);
      ok = _polku_store_step_done (self, stmt, error) && _polku_ln_expect_change (self, CHECKIN_GONE, error);
    }

  return _polku_ln_end (self, ok, error);
}

gboolean
polku_store_delete_checkin (PolkuStore  *self,
                            gint64       checkin_id,
                            GError     **error)
{
  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  return delete_row (self, "DELETE FROM checkin WHERE checkin_id = ?1", checkin_id, CHECKIN_GONE, error);
}
