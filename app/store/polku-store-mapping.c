/* polku-store-mapping.c: what the tasks teach (task ↔ requirement, by requirement
 * or by national code), whole units learnable in a workshop, and the coverage
 * that follows from them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-store-mapping"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-store-workshop-private.h"

/* Columns after POLKU_WS_MAPPING_COLUMNS */
enum {
  COL_UNIT_ORD = 27,
  COL_BY_CODE,
  COL_MAPPED_AT,
  COL_RECOGNISED_BY,
  COL_TEACHER_NAME,
  COL_TEACHER_ORGANISATION,
  COL_NOTE,
};

#define MAPPING_SELECT \
  "SELECT " POLKU_WS_MAPPING_COLUMNS ", u.ord, "

#define MAPPING_WHO(alias) \
  alias ".mapped_at, " alias ".recognised_by, " alias ".teacher_name, " \
  alias ".teacher_organisation, " alias ".note "

/* A code mapping covers a requirement only where no direct mapping of the same
 * task does, so that each requirement is listed once per task. */
#define NO_DIRECT_MAPPING \
  "NOT EXISTS (SELECT 1 FROM task_requirement x " \
  "            WHERE x.task_id = t.task_id AND x.requirement_id = r.requirement_id) "

/* Auxiliary methods */

void
polku_covering_task_record_free (PolkuCoveringTaskRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->title);
  g_free (record);
}

void
polku_coverage_row_record_free (PolkuCoverageRowRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->osa_alue_nimi_fi);
  g_free (record->osa_alue_nimi_sv);
  g_free (record->objective_kind);
  g_free (record->kohdealue_fi);
  g_free (record->kohdealue_sv);
  g_free (record->text_fi);
  g_free (record->text_sv);
  g_free (record->koodi_uri);
  g_clear_pointer (&record->tasks, g_ptr_array_unref);
  g_free (record);
}

void
polku_unit_coverage_record_free (PolkuUnitCoverageRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->koodi_uri);
  g_free (record->koodi_arvo);
  g_free (record->nimi_fi);
  g_free (record->nimi_sv);
  g_free (record->marked_note);
  g_clear_pointer (&record->rows, g_ptr_array_unref);
  g_free (record);
}

void
polku_peruste_coverage_record_free (PolkuPerusteCoverageRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->diaarinumero);
  g_free (record->nimi_fi);
  g_free (record->nimi_sv);
  g_free (record->laajuus_yksikko);
  g_clear_pointer (&record->units, g_ptr_array_unref);
  g_free (record);
}

PolkuMappingRecord *
_polku_ws_mapping_from_row (sqlite3_stmt *stmt)
{
  PolkuMappingRecord *record = g_new0 (PolkuMappingRecord, 1);

  record->task_id = sqlite3_column_int64 (stmt, 0);
  record->workshop_id = sqlite3_column_int64 (stmt, 1);
  record->task_title = _polku_column_dup (stmt, 2);
  record->task_active = sqlite3_column_int (stmt, 3) != 0;
  record->task_ord = sqlite3_column_int (stmt, 4);
  record->requirement_id = sqlite3_column_int64 (stmt, 5);
  record->natural_key = _polku_column_dup (stmt, 6);
  record->koodi_uri = _polku_column_dup (stmt, 7);
  record->text_fi = _polku_column_dup (stmt, 8);
  record->text_sv = _polku_column_dup (stmt, 9);
  record->kohdealue_fi = _polku_column_dup (stmt, 10);
  record->kohdealue_sv = _polku_column_dup (stmt, 11);
  record->kohdealue_ord = sqlite3_column_int (stmt, 12);
  record->ord = sqlite3_column_int (stmt, 13);
  record->retired = sqlite3_column_int (stmt, 14) != 0;
  record->osa_alue_id = sqlite3_column_int64 (stmt, 15);
  record->osa_alue_nimi_fi = _polku_column_dup (stmt, 16);
  record->osa_alue_nimi_sv = _polku_column_dup (stmt, 17);
  record->unit_id = sqlite3_column_int64 (stmt, 18);
  record->unit_koodi_uri = _polku_column_dup (stmt, 19);
  record->unit_koodi_arvo = _polku_column_dup (stmt, 20);
  record->unit_nimi_fi = _polku_column_dup (stmt, 21);
  record->unit_nimi_sv = _polku_column_dup (stmt, 22);
  record->peruste_id = sqlite3_column_int64 (stmt, 23);
  record->diaarinumero = _polku_column_dup (stmt, 24);
  record->peruste_nimi_fi = _polku_column_dup (stmt, 25);
  record->peruste_nimi_sv = _polku_column_dup (stmt, 26);
  record->by_code = sqlite3_column_int (stmt, COL_BY_CODE) != 0;
  record->mapped_at = _polku_column_dup (stmt, COL_MAPPED_AT);
  record->recognised_by = _polku_column_dup (stmt, COL_RECOGNISED_BY);
  record->teacher_name = _polku_column_dup (stmt, COL_TEACHER_NAME);
  record->teacher_organisation = _polku_column_dup (stmt, COL_TEACHER_ORGANISATION);
  record->note = _polku_column_dup (stmt, COL_NOTE);
  return record;
}

static GPtrArray *
collect_mappings (PolkuStore    *self,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) local_error = NULL;

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_mapping_record_free);
  while (_polku_ws_step_row (self, stmt, &local_error))
    g_ptr_array_add (records, _polku_ws_mapping_from_row (stmt));

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&records);
}

static gboolean
check_exists (PolkuStore  *self,
              const char  *sql,
              gint64       id,
              const char  *message,
              GError     **error)
{
  gboolean exists = FALSE;

  if (!_polku_ws_exists (self, sql, id, &exists, error))
    return FALSE;

  if (!exists)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND, message);
      return FALSE;
    }

  return TRUE;
}

#define CHECK_TASK(self, id, error) \
  check_exists (self, "SELECT 1 FROM task WHERE task_id = ?1", id, _("The task no longer exists."), error)

#define CHECK_REQUIREMENT(self, id, error) \
  check_exists (self, "SELECT 1 FROM requirement WHERE requirement_id = ?1", id, \
                _("The requirement is no longer in the catalogue."), error)

/* Inserts or, when it exists, updates who recognised it (keeping when it was made). */
static gboolean
upsert_mapping (PolkuStore              *self,
                gint64                   task_id,
                gint64                   requirement_id,
                const char              *koodi_uri,
                const PolkuRecognition  *who,
                GError                 **error)
{
  static const PolkuRecognition nobody = { NULL, NULL, NULL, NULL };
  sqlite3_stmt *stmt;

  if (who == NULL)
    who = &nobody;

  if (requirement_id != 0)
    stmt = _polku_store_prepare (self,
                                 "INSERT INTO task_requirement (task_id, requirement_id, recognised_by, "
                                 "teacher_name, teacher_organisation, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                                 "ON CONFLICT (task_id, requirement_id) DO UPDATE SET "
                                 "recognised_by = excluded.recognised_by, teacher_name = excluded.teacher_name, "
                                 "teacher_organisation = excluded.teacher_organisation, note = excluded.note",
                                 error);
  else
    stmt = _polku_store_prepare (self,
                                 "INSERT INTO task_code (task_id, koodi_uri, recognised_by, "
                                 "teacher_name, teacher_organisation, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                                 "ON CONFLICT (task_id, koodi_uri) DO UPDATE SET "
                                 "recognised_by = excluded.recognised_by, teacher_name = excluded.teacher_name, "
                                 "teacher_organisation = excluded.teacher_organisation, note = excluded.note",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, task_id);
  if (requirement_id != 0)
    sqlite3_bind_int64 (stmt, 2, requirement_id);
  else
    _polku_bind_text (stmt, 2, koodi_uri);
  _polku_ws_bind_clean (stmt, 3, who->recognised_by);
  _polku_ws_bind_clean (stmt, 4, who->teacher_name);
  _polku_ws_bind_clean (stmt, 5, who->teacher_organisation);
  _polku_ws_bind_clean (stmt, 6, who->note);

  return _polku_store_step_done (self, stmt, error);
}

static gboolean
get_requirement_code (PolkuStore  *self,
                      gint64       requirement_id,
                      char       **out_koodi_uri,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = _polku_store_prepare (self, "SELECT koodi_uri FROM requirement WHERE requirement_id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, requirement_id);
  if (!_polku_ws_step_row (self, stmt, &local_error))
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND,
                             _("The requirement is no longer in the catalogue."));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  *out_koodi_uri = _polku_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Public API: mapping */

/**
 * polku_store_map_requirement:
 * @who: (nullable): who recognised it
 *
 * Records that a task teaches a requirement. Mapping again updates who
 * recognised it and keeps when it was first made.
 */
gboolean
polku_store_map_requirement (PolkuStore              *self,
                             gint64                   task_id,
                             gint64                   requirement_id,
                             const PolkuRecognition  *who,
                             GError                 **error)
{
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (requirement_id != 0, FALSE);

  if (!_polku_ws_begin (self, error))
    return FALSE;

  ok = CHECK_TASK (self, task_id, error) &&
       CHECK_REQUIREMENT (self, requirement_id, error) &&
       upsert_mapping (self, task_id, requirement_id, NULL, who, error);

  return _polku_ws_end (self, ok, error);
}

/**
 * polku_store_map_code:
 * @koodi_uri: a national requirement code, e.g. "ammattitaitovaatimukset_413"
 * @who: (nullable): who recognised it
 *
 * Records that a task teaches every requirement with this code, in any
 * qualification, including ones imported later.
 */
gboolean
polku_store_map_code (PolkuStore              *self,
                      gint64                   task_id,
                      const char              *koodi_uri,
                      const PolkuRecognition  *who,
                      GError                 **error)
{
  g_autofree char *code = NULL;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  code = _polku_ws_clean (koodi_uri);
  if (code == NULL)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                           _("A national requirement code is needed."));
      return FALSE;
    }

  if (!_polku_ws_begin (self, error))
    return FALSE;

  ok = CHECK_TASK (self, task_id, error) &&
       upsert_mapping (self, task_id, 0, code, who, error);

  return _polku_ws_end (self, ok, error);
}

/**
 * polku_store_map_requirement_by_code:
 *
 * Maps the national code of a requirement (polku_store_map_code()), so that
 * the mapping also covers the same requirement in other qualifications. Fails
 * with %POLKU_STORE_ERROR_INVALID when the requirement has no national code.
 */
gboolean
polku_store_map_requirement_by_code (PolkuStore              *self,
                                     gint64                   task_id,
                                     gint64                   requirement_id,
                                     const PolkuRecognition  *who,
                                     GError                 **error)
{
  g_autofree char *code = NULL;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  if (!_polku_ws_begin (self, error))
    return FALSE;

  ok = CHECK_TASK (self, task_id, error) &&
       get_requirement_code (self, requirement_id, &code, error);

  if (ok && code == NULL)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                           _("This requirement has no national code, so it can only be mapped on its own."));
      ok = FALSE;
    }

  ok = ok && upsert_mapping (self, task_id, 0, code, who, error);

  return _polku_ws_end (self, ok, error);
}

/**
 * polku_store_unmap_requirement:
 *
 * Makes the task no longer cover the requirement: removes the direct mapping
 * and, when the task covers it by its national code, that code mapping too
 * (which uncovers the same-coded requirements elsewhere as well).
 */
gboolean
polku_store_unmap_requirement (PolkuStore  *self,
                               gint64       task_id,
                               gint64       requirement_id,
                               GError     **error)
{
  g_autofree char *code = NULL;
  sqlite3_stmt *stmt;
  int changes = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  if (!_polku_ws_begin (self, error))
    return FALSE;

  ok = get_requirement_code (self, requirement_id, &code, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "DELETE FROM task_requirement WHERE task_id = ?1 AND requirement_id = ?2",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, task_id);
      sqlite3_bind_int64 (stmt, 2, requirement_id);
      ok = _polku_store_step_done (self, stmt, error);
      changes += sqlite3_changes (_polku_store_get_db (self));
    }
  if (ok && code != NULL)
    {
      stmt = _polku_store_prepare (self, "DELETE FROM task_code WHERE task_id = ?1 AND koodi_uri = ?2", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, task_id);
          _polku_bind_text (stmt, 2, code);
          ok = _polku_store_step_done (self, stmt, error);
          changes += sqlite3_changes (_polku_store_get_db (self));
        }
    }

  if (ok && changes == 0)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND,
                           _("The task does not cover this requirement."));
      ok = FALSE;
    }

  return _polku_ws_end (self, ok, error);
}

gboolean
polku_store_unmap_code (PolkuStore  *self,
                        gint64       task_id,
                        const char  *koodi_uri,
                        GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (koodi_uri != NULL, FALSE);

  if (!_polku_ws_begin (self, error))
    return FALSE;

  stmt = _polku_store_prepare (self, "DELETE FROM task_code WHERE task_id = ?1 AND koodi_uri = ?2", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, task_id);
      _polku_bind_text (stmt, 2, koodi_uri);
      ok = _polku_store_step_done (self, stmt, error) &&
           _polku_ws_expect_change (self, _("The task is not mapped to this code."), error);
    }

  return _polku_ws_end (self, ok, error);
}

/**
 * polku_store_list_task_mappings:
 *
 * What a task teaches: one row per requirement it covers, directly (retired
 * requirements included, flagged) or by code (requirements in use only).
 *
 * Returns: (transfer container) (element-type PolkuMappingRecord): by
 *   qualification, unit and the requirements' order
 */
GPtrArray *
polku_store_list_task_mappings (PolkuStore  *self,
                                gint64       task_id,
                                GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               MAPPING_SELECT "0, " MAPPING_WHO ("tr")
                               "FROM task_requirement tr "
                               "JOIN task t ON t.task_id = tr.task_id "
                               "JOIN requirement r ON r.requirement_id = tr.requirement_id "
                               POLKU_WS_MAPPING_JOINS
                               "WHERE tr.task_id = ?1 "
                               "UNION ALL "
                               MAPPING_SELECT "1, " MAPPING_WHO ("tc")
                               "FROM task_code tc "
                               "JOIN task t ON t.task_id = tc.task_id "
                               "JOIN requirement r ON r.koodi_uri = tc.koodi_uri "
                               POLKU_WS_MAPPING_JOINS
                               "WHERE tc.task_id = ?1 AND r.retired = 0 AND " NO_DIRECT_MAPPING
                               "ORDER BY 26, 25, 28, 19, 16, 13, 14, 6",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, task_id);
  return collect_mappings (self, stmt, error);
}

/**
 * polku_store_list_task_codes:
 *
 * The task's code mappings themselves. Each has requirement_id 0, the code,
 * n_coded (how many requirements in use have the code now) and, as an example,
 * the text of one of them (NULL when the catalogue has none yet).
 *
 * Returns: (transfer container) (element-type PolkuMappingRecord): by code
 */
GPtrArray *
polku_store_list_task_codes (PolkuStore  *self,
                             gint64       task_id,
                             GError     **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT t.task_id, t.workshop_id, t.title, t.active, t.ord, tc.koodi_uri, "
                               MAPPING_WHO ("tc") ", "
                               "(SELECT count(*) FROM requirement r WHERE r.koodi_uri = tc.koodi_uri AND r.retired = 0), "
                               "(SELECT r.text_fi FROM requirement r WHERE r.koodi_uri = tc.koodi_uri "
                               " ORDER BY r.retired, r.requirement_id DESC LIMIT 1), "
                               "(SELECT r.text_sv FROM requirement r WHERE r.koodi_uri = tc.koodi_uri "
                               " ORDER BY r.retired, r.requirement_id DESC LIMIT 1) "
                               "FROM task_code tc JOIN task t ON t.task_id = tc.task_id "
                               "WHERE tc.task_id = ?1 ORDER BY tc.koodi_uri",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, task_id);

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_mapping_record_free);
  while (_polku_ws_step_row (self, stmt, &local_error))
    {
      PolkuMappingRecord *record = g_new0 (PolkuMappingRecord, 1);

      record->task_id = sqlite3_column_int64 (stmt, 0);
      record->workshop_id = sqlite3_column_int64 (stmt, 1);
      record->task_title = _polku_column_dup (stmt, 2);
      record->task_active = sqlite3_column_int (stmt, 3) != 0;
      record->task_ord = sqlite3_column_int (stmt, 4);
      record->koodi_uri = _polku_column_dup (stmt, 5);
      record->by_code = TRUE;
      record->mapped_at = _polku_column_dup (stmt, 6);
      record->recognised_by = _polku_column_dup (stmt, 7);
      record->teacher_name = _polku_column_dup (stmt, 8);
      record->teacher_organisation = _polku_column_dup (stmt, 9);
      record->note = _polku_column_dup (stmt, 10);
      record->n_coded = (guint) sqlite3_column_int (stmt, 11);
      record->text_fi = _polku_column_dup (stmt, 12);
      record->text_sv = _polku_column_dup (stmt, 13);
      g_ptr_array_add (records, record);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&records);
}

/**
 * polku_store_list_requirement_mappings:
 * @workshop_id: only this workshop's tasks, or 0 for all
 *
 * Which tasks teach a requirement, directly or by its national code; inactive
 * tasks are included and flagged (task_active).
 *
 * Returns: (transfer container) (element-type PolkuMappingRecord): in task order
 */
GPtrArray *
polku_store_list_requirement_mappings (PolkuStore  *self,
                                       gint64       requirement_id,
                                       gint64       workshop_id,
                                       GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               MAPPING_SELECT "0, " MAPPING_WHO ("tr") ", w.ord AS w_ord "
                               "FROM task_requirement tr "
                               "JOIN task t ON t.task_id = tr.task_id "
                               "JOIN workshop w ON w.workshop_id = t.workshop_id "
                               "JOIN requirement r ON r.requirement_id = tr.requirement_id "
                               POLKU_WS_MAPPING_JOINS
                               "WHERE tr.requirement_id = ?1 AND (?2 IS NULL OR t.workshop_id = ?2) "
                               "UNION ALL "
                               MAPPING_SELECT "1, " MAPPING_WHO ("tc") ", w.ord "
                               "FROM requirement r "
                               "JOIN task_code tc ON tc.koodi_uri = r.koodi_uri "
                               "JOIN task t ON t.task_id = tc.task_id "
                               "JOIN workshop w ON w.workshop_id = t.workshop_id "
                               POLKU_WS_MAPPING_JOINS
                               "WHERE r.requirement_id = ?1 AND (?2 IS NULL OR t.workshop_id = ?2) AND "
                               NO_DIRECT_MAPPING
                               "ORDER BY w_ord, 2, 5, 1",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, requirement_id);
  _polku_ws_bind_id (stmt, 2, workshop_id);
  return collect_mappings (self, stmt, error);
}

/**
 * polku_store_list_workshop_mappings:
 * @workshop_id: the workshop, or 0 for all
 *
 * Every mapping of a workshop's tasks as stored, for exchanging a task map:
 * direct ones with their requirement (natural key, national code, unit code and
 * diaarinumero), then code mappings with requirement_id 0 and the code.
 *
 * Returns: (transfer container) (element-type PolkuMappingRecord): in task order
 */
GPtrArray *
polku_store_list_workshop_mappings (PolkuStore  *self,
                                    gint64       workshop_id,
                                    GError     **error)
{
  g_autoptr(GPtrArray) direct = NULL;
  g_autoptr(GPtrArray) tasks = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               MAPPING_SELECT "0, " MAPPING_WHO ("tr")
                               "FROM task_requirement tr "
                               "JOIN task t ON t.task_id = tr.task_id "
                               "JOIN workshop w ON w.workshop_id = t.workshop_id "
                               "JOIN requirement r ON r.requirement_id = tr.requirement_id "
                               POLKU_WS_MAPPING_JOINS
                               "WHERE ?1 IS NULL OR t.workshop_id = ?1 "
                               "ORDER BY w.ord, t.workshop_id, t.ord, t.task_id, p.diaarinumero, u.ord, "
                               "r.osa_alue_id, r.kohdealue_ord, r.ord",
                               error);
  if (stmt == NULL)
    return NULL;

  _polku_ws_bind_id (stmt, 1, workshop_id);
  direct = collect_mappings (self, stmt, error);
  if (direct == NULL)
    return NULL;

  tasks = polku_store_list_tasks (self, workshop_id, TRUE, error);
  if (tasks == NULL)
    return NULL;

  for (guint i = 0; i < tasks->len; i++)
    {
      PolkuTaskRecord *task = g_ptr_array_index (tasks, i);
      g_autoptr(GPtrArray) codes = NULL;

      if (task->n_codes == 0)
        continue;

      codes = polku_store_list_task_codes (self, task->task_id, error);
      if (codes == NULL)
        return NULL;

      g_ptr_array_extend_and_steal (direct, g_steal_pointer (&codes));
    }

  return g_steal_pointer (&direct);
}

/**
 * polku_store_list_retired_mappings:
 * @workshop_id: the workshop, or 0 for all
 *
 * Direct mappings whose requirement (or unit) a re-import retired: the
 * qualification no longer has it, and the coach may want to map anew.
 *
 * Returns: (transfer container) (element-type PolkuMappingRecord)
 */
GPtrArray *
polku_store_list_retired_mappings (PolkuStore  *self,
                                   gint64       workshop_id,
                                   GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               MAPPING_SELECT "0, " MAPPING_WHO ("tr")
                               "FROM task_requirement tr "
                               "JOIN task t ON t.task_id = tr.task_id "
                               "JOIN workshop w ON w.workshop_id = t.workshop_id "
                               "JOIN requirement r ON r.requirement_id = tr.requirement_id "
                               POLKU_WS_MAPPING_JOINS
                               "WHERE (?1 IS NULL OR t.workshop_id = ?1) AND (r.retired = 1 OR u.retired = 1) "
                               "ORDER BY w.ord, t.ord, t.task_id, p.diaarinumero, u.ord, r.kohdealue_ord, r.ord",
                               error);
  if (stmt == NULL)
    return NULL;

  _polku_ws_bind_id (stmt, 1, workshop_id);
  return collect_mappings (self, stmt, error);
}

/* Public API: whole units */

/**
 * polku_store_set_workshop_unit:
 * @extent: %POLKU_UNIT_EXTENT_NONE removes the mark
 * @who: (nullable): who recognised it, and a note
 *
 * Marks a whole unit as learnable in the workshop, fully or partly.
 */
gboolean
polku_store_set_workshop_unit (PolkuStore              *self,
                               gint64                   workshop_id,
                               gint64                   unit_id,
                               PolkuUnitExtent          extent,
                               const PolkuRecognition  *who,
                               GError                 **error)
{
  static const PolkuRecognition nobody = { NULL, NULL, NULL, NULL };
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (extent <= POLKU_UNIT_EXTENT_FULL, FALSE);

  if (who == NULL)
    who = &nobody;

  if (!_polku_ws_begin (self, error))
    return FALSE;

  if (extent == POLKU_UNIT_EXTENT_NONE)
    {
      stmt = _polku_store_prepare (self,
                                   "DELETE FROM workshop_unit WHERE workshop_id = ?1 AND unit_id = ?2",
                                   error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, workshop_id);
          sqlite3_bind_int64 (stmt, 2, unit_id);
          ok = _polku_store_step_done (self, stmt, error);
        }
      return _polku_ws_end (self, ok, error);
    }

  ok = check_exists (self, "SELECT 1 FROM workshop WHERE workshop_id = ?1", workshop_id,
                     _("The workshop no longer exists."), error) &&
       check_exists (self, "SELECT 1 FROM unit WHERE unit_id = ?1", unit_id,
                     _("The unit is no longer in the catalogue."), error);
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "INSERT INTO workshop_unit (workshop_id, unit_id, extent, note, "
                                   "recognised_by, teacher_name, teacher_organisation) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                                   "ON CONFLICT (workshop_id, unit_id) DO UPDATE SET "
                                   "extent = excluded.extent, note = excluded.note, "
                                   "recognised_by = excluded.recognised_by, "
                                   "teacher_name = excluded.teacher_name, "
                                   "teacher_organisation = excluded.teacher_organisation, "
                                   "recognised_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, workshop_id);
      sqlite3_bind_int64 (stmt, 2, unit_id);
      _polku_bind_text (stmt, 3, extent == POLKU_UNIT_EXTENT_FULL ? "full" : "partial");
      _polku_ws_bind_clean (stmt, 4, who->note);
      _polku_ws_bind_clean (stmt, 5, who->recognised_by);
      _polku_ws_bind_clean (stmt, 6, who->teacher_name);
      _polku_ws_bind_clean (stmt, 7, who->teacher_organisation);
      ok = _polku_store_step_done (self, stmt, error);
    }

  return _polku_ws_end (self, ok, error);
}

/**
 * polku_store_list_workshop_units:
 * @workshop_id: the workshop, or 0 for all
 *
 * Returns: (transfer container) (element-type PolkuWorkshopUnitRecord)
 */
GPtrArray *
polku_store_list_workshop_units (PolkuStore  *self,
                                 gint64       workshop_id,
                                 GError     **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT wu.workshop_id, wu.unit_id, wu.extent, wu.note, wu.recognised_at, "
                               "wu.recognised_by, wu.teacher_name, wu.teacher_organisation, "
                               "u.koodi_arvo, u.nimi_fi, u.nimi_sv, u.retired, u.peruste_id "
                               "FROM workshop_unit wu JOIN unit u ON u.unit_id = wu.unit_id "
                               "WHERE ?1 IS NULL OR wu.workshop_id = ?1 "
                               "ORDER BY wu.workshop_id, u.peruste_id, u.ord, u.unit_id",
                               error);
  if (stmt == NULL)
    return NULL;

  _polku_ws_bind_id (stmt, 1, workshop_id);

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_workshop_unit_record_free);
  while (_polku_ws_step_row (self, stmt, &local_error))
    {
      PolkuWorkshopUnitRecord *record = g_new0 (PolkuWorkshopUnitRecord, 1);

      record->workshop_id = sqlite3_column_int64 (stmt, 0);
      record->unit_id = sqlite3_column_int64 (stmt, 1);
      record->extent = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 2), "full") == 0
                       ? POLKU_UNIT_EXTENT_FULL : POLKU_UNIT_EXTENT_PARTIAL;
      record->note = _polku_column_dup (stmt, 3);
      record->recognised_at = _polku_column_dup (stmt, 4);
      record->recognised_by = _polku_column_dup (stmt, 5);
      record->teacher_name = _polku_column_dup (stmt, 6);
      record->teacher_organisation = _polku_column_dup (stmt, 7);
      record->unit_koodi_arvo = _polku_column_dup (stmt, 8);
      record->unit_nimi_fi = _polku_column_dup (stmt, 9);
      record->unit_nimi_sv = _polku_column_dup (stmt, 10);
      record->unit_retired = sqlite3_column_int (stmt, 11) != 0;
      record->peruste_id = sqlite3_column_int64 (stmt, 12);
      g_ptr_array_add (records, record);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&records);
}

/* Coverage */

/* Loads the units of a peruste (or one unit) with their requirements and the
 * active tasks that cover them, and counts. */
static GPtrArray *
load_coverage (PolkuStore  *self,
               gint64       workshop_id,
               gint64       peruste_id,
               gint64       unit_id,
               GError     **error)
{
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GHashTable) unit_index = NULL;
  g_autoptr(GHashTable) row_index = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  unit_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  row_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  units = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_unit_coverage_record_free);

  /* Credits sit on the structure link; TUVA parts carry weeks on the unit. */
  stmt = _polku_store_prepare (self,
                               "SELECT u.unit_id, u.peruste_id, u.koodi_uri, u.koodi_arvo, u.nimi_fi, u.nimi_sv, "
                               "u.ord, coalesce((SELECT v.laajuus FROM unit_viite v "
                               "                 WHERE v.unit_id = u.unit_id AND v.laajuus IS NOT NULL "
                               "                 ORDER BY CASE v.suoritustapa WHEN 'reformi' THEN 0 "
                               "                          WHEN 'ops' THEN 1 ELSE 2 END LIMIT 1), "
                               "                u.laajuus_min), "
                               "(SELECT max(CASE wu.extent WHEN 'full' THEN 2 ELSE 1 END) FROM workshop_unit wu "
                               " JOIN workshop w ON w.workshop_id = wu.workshop_id "
                               " WHERE wu.unit_id = u.unit_id AND "
                               "       (wu.workshop_id = ?3 OR (?3 IS NULL AND w.archived = 0))), "
                               "(SELECT group_concat(wu.note, '; ') FROM workshop_unit wu "
                               " JOIN workshop w ON w.workshop_id = wu.workshop_id "
                               " WHERE wu.unit_id = u.unit_id AND "
                               "       (wu.workshop_id = ?3 OR (?3 IS NULL AND w.archived = 0))) "
                               "FROM unit u "
                               "WHERE (?1 IS NULL OR u.peruste_id = ?1) AND (?2 IS NULL OR u.unit_id = ?2) "
                               "  AND (u.retired = 0 OR ?2 IS NOT NULL) "
                               "ORDER BY u.ord, u.unit_id",
                               error);
  if (stmt == NULL)
    return NULL;

  _polku_ws_bind_id (stmt, 1, peruste_id);
  _polku_ws_bind_id (stmt, 2, unit_id);
  _polku_ws_bind_id (stmt, 3, workshop_id);

  while (_polku_ws_step_row (self, stmt, &local_error))
    {
      PolkuUnitCoverageRecord *unit = g_new0 (PolkuUnitCoverageRecord, 1);

      unit->unit_id = sqlite3_column_int64 (stmt, 0);
      unit->peruste_id = sqlite3_column_int64 (stmt, 1);
      unit->koodi_uri = _polku_column_dup (stmt, 2);
      unit->koodi_arvo = _polku_column_dup (stmt, 3);
      unit->nimi_fi = _polku_column_dup (stmt, 4);
      unit->nimi_sv = _polku_column_dup (stmt, 5);
      unit->ord = sqlite3_column_int (stmt, 6);
      unit->credits = sqlite3_column_type (stmt, 7) == SQLITE_NULL ? -1.0 : sqlite3_column_double (stmt, 7);
      unit->marked = (PolkuUnitExtent) sqlite3_column_int (stmt, 8);
      unit->marked_note = _polku_column_dup (stmt, 9);
      unit->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_coverage_row_record_free);
      g_ptr_array_add (units, unit);
      g_hash_table_insert (unit_index, &unit->unit_id, unit);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  stmt = _polku_store_prepare (self,
                               "SELECT r.requirement_id, r.unit_id, r.osa_alue_id, oa.nimi_fi, oa.nimi_sv, "
                               "r.objective_kind, r.kohdealue_fi, r.kohdealue_sv, r.kohdealue_ord, r.ord, "
                               "r.depth, r.text_fi, r.text_sv, r.koodi_uri "
                               "FROM requirement r JOIN unit u ON u.unit_id = r.unit_id "
                               "LEFT JOIN osa_alue oa ON oa.osa_alue_id = r.osa_alue_id "
                               "WHERE (?1 IS NULL OR u.peruste_id = ?1) AND (?2 IS NULL OR r.unit_id = ?2) "
                               "  AND r.retired = 0 "
                               "ORDER BY r.unit_id, r.osa_alue_id IS NOT NULL, oa.ord, r.osa_alue_id, "
                               "  r.objective_kind IS 'valinnainen', r.kohdealue_ord, r.ord, r.requirement_id",
                               error);
  if (stmt == NULL)
    return NULL;

  _polku_ws_bind_id (stmt, 1, peruste_id);
  _polku_ws_bind_id (stmt, 2, unit_id);

  while (_polku_ws_step_row (self, stmt, &local_error))
    {
      gint64 row_unit_id = sqlite3_column_int64 (stmt, 1);
      PolkuUnitCoverageRecord *unit = g_hash_table_lookup (unit_index, &row_unit_id);
      PolkuCoverageRowRecord *row;

      if (unit == NULL)
        continue;   /* a retired unit's requirements */

      row = g_new0 (PolkuCoverageRowRecord, 1);
      row->requirement_id = sqlite3_column_int64 (stmt, 0);
      row->unit_id = row_unit_id;
      row->osa_alue_id = sqlite3_column_int64 (stmt, 2);
      row->osa_alue_nimi_fi = _polku_column_dup (stmt, 3);
      row->osa_alue_nimi_sv = _polku_column_dup (stmt, 4);
      row->objective_kind = _polku_column_dup (stmt, 5);
      row->kohdealue_fi = _polku_column_dup (stmt, 6);
      row->kohdealue_sv = _polku_column_dup (stmt, 7);
      row->kohdealue_ord = sqlite3_column_int (stmt, 8);
      row->ord = sqlite3_column_int (stmt, 9);
      row->depth = sqlite3_column_int (stmt, 10);
      row->text_fi = _polku_column_dup (stmt, 11);
      row->text_sv = _polku_column_dup (stmt, 12);
      row->koodi_uri = _polku_column_dup (stmt, 13);
      row->tasks = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_covering_task_record_free);
      g_ptr_array_add (unit->rows, row);
      g_hash_table_insert (row_index, &row->requirement_id, row);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  /* Tasks of archived workshops no longer count, unless that workshop is asked for. */
  stmt = _polku_store_prepare (self,
                               "SELECT r.requirement_id, t.task_id, t.workshop_id, t.title, 0 AS by_code, "
                               "w.ord AS w_ord, t.ord AS t_ord "
                               "FROM task_requirement tr "
                               "JOIN requirement r ON r.requirement_id = tr.requirement_id "
                               "JOIN unit u ON u.unit_id = r.unit_id "
                               "JOIN task t ON t.task_id = tr.task_id "
                               "JOIN workshop w ON w.workshop_id = t.workshop_id "
                               "WHERE (?1 IS NULL OR u.peruste_id = ?1) AND (?2 IS NULL OR r.unit_id = ?2) "
                               "  AND t.active = 1 AND (t.workshop_id = ?3 OR (?3 IS NULL AND w.archived = 0)) "
                               "UNION ALL "
                               "SELECT r.requirement_id, t.task_id, t.workshop_id, t.title, 1, w.ord, t.ord "
                               "FROM requirement r "
                               "JOIN unit u ON u.unit_id = r.unit_id "
                               "JOIN task_code tc ON tc.koodi_uri = r.koodi_uri "
                               "JOIN task t ON t.task_id = tc.task_id "
                               "JOIN workshop w ON w.workshop_id = t.workshop_id "
                               "WHERE (?1 IS NULL OR u.peruste_id = ?1) AND (?2 IS NULL OR r.unit_id = ?2) "
                               "  AND t.active = 1 AND (t.workshop_id = ?3 OR (?3 IS NULL AND w.archived = 0)) "
                               "  AND " NO_DIRECT_MAPPING
                               "ORDER BY 1, w_ord, 3, t_ord, 2",
                               error);
  if (stmt == NULL)
    return NULL;

  _polku_ws_bind_id (stmt, 1, peruste_id);
  _polku_ws_bind_id (stmt, 2, unit_id);
  _polku_ws_bind_id (stmt, 3, workshop_id);

  while (_polku_ws_step_row (self, stmt, &local_error))
    {
      gint64 requirement_id = sqlite3_column_int64 (stmt, 0);
      PolkuCoverageRowRecord *row = g_hash_table_lookup (row_index, &requirement_id);
      PolkuCoveringTaskRecord *task;

      if (row == NULL)
        continue;

      task = g_new0 (PolkuCoveringTaskRecord, 1);
      task->task_id = sqlite3_column_int64 (stmt, 1);
      task->workshop_id = sqlite3_column_int64 (stmt, 2);
      task->title = _polku_column_dup (stmt, 3);
      task->by_code = sqlite3_column_int (stmt, 4) != 0;
      g_ptr_array_add (row->tasks, task);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  for (guint i = 0; i < units->len; i++)
    {
      PolkuUnitCoverageRecord *unit = g_ptr_array_index (units, i);

      unit->n_total = unit->rows->len;
      for (guint j = 0; j < unit->rows->len; j++)
        {
          PolkuCoverageRowRecord *row = g_ptr_array_index (unit->rows, j);

          if (row->tasks->len > 0)
            unit->n_covered++;
        }

      if ((unit->n_total > 0 && unit->n_covered == unit->n_total) || unit->marked == POLKU_UNIT_EXTENT_FULL)
        unit->level = POLKU_UNIT_EXTENT_FULL;
      else if (unit->n_covered > 0 || unit->marked == POLKU_UNIT_EXTENT_PARTIAL)
        unit->level = POLKU_UNIT_EXTENT_PARTIAL;
      else
        unit->level = POLKU_UNIT_EXTENT_NONE;
    }

  return g_steal_pointer (&units);
}

/**
 * polku_store_get_unit_coverage:
 * @workshop_id: the workshop, or 0 for every workshop that is not archived
 *
 * Each requirement in use of the unit with the active tasks that cover it,
 * directly or by code, and the counts.
 *
 * Returns: (transfer full): the coverage, or %NULL with @error set
 */
PolkuUnitCoverageRecord *
polku_store_get_unit_coverage (PolkuStore  *self,
                               gint64       workshop_id,
                               gint64       unit_id,
                               GError     **error)
{
  g_autoptr(GPtrArray) units = NULL;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);
  g_return_val_if_fail (unit_id != 0, NULL);

  units = load_coverage (self, workshop_id, 0, unit_id, error);
  if (units == NULL)
    return NULL;

  if (units->len == 0)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND,
                           _("The unit is no longer in the catalogue."));
      return NULL;
    }

  return g_ptr_array_steal_index (units, 0);
}

/**
 * polku_store_get_peruste_coverage:
 * @workshop_id: the workshop, or 0 for every workshop that is not archived
 *
 * The coverage of each unit in use of the qualification, the totals, and the
 * credits learnable here: those of the fully covered units (all requirements
 * covered, or the unit marked fully learnable) and, apart, of the partly
 * covered ones.
 *
 * Returns: (transfer full): the coverage, or %NULL with @error set
 */
PolkuPerusteCoverageRecord *
polku_store_get_peruste_coverage (PolkuStore  *self,
                                  gint64       workshop_id,
                                  gint64       peruste_id,
                                  GError     **error)
{
  g_autoptr(PolkuPerusteCoverageRecord) record = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);
  g_return_val_if_fail (peruste_id != 0, NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT diaarinumero, nimi_fi, nimi_sv, laajuus_yksikko FROM peruste "
                               "WHERE peruste_id = ?1",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, peruste_id);
  if (!_polku_ws_step_row (self, stmt, &local_error))
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND,
                             _("The qualification is no longer in the catalogue."));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  record = g_new0 (PolkuPerusteCoverageRecord, 1);
  record->peruste_id = peruste_id;
  record->diaarinumero = _polku_column_dup (stmt, 0);
  record->nimi_fi = _polku_column_dup (stmt, 1);
  record->nimi_sv = _polku_column_dup (stmt, 2);
  record->laajuus_yksikko = _polku_column_dup (stmt, 3);
  sqlite3_reset (stmt);

  record->units = load_coverage (self, workshop_id, peruste_id, 0, error);
  if (record->units == NULL)
    return NULL;

  record->n_units = record->units->len;
  for (guint i = 0; i < record->units->len; i++)
    {
      PolkuUnitCoverageRecord *unit = g_ptr_array_index (record->units, i);
      double credits = MAX (unit->credits, 0.0);

      record->n_total += unit->n_total;
      record->n_covered += unit->n_covered;
      record->credits_total += credits;

      if (unit->level == POLKU_UNIT_EXTENT_FULL)
        {
          record->n_units_full++;
          record->credits_full += credits;
        }
      else if (unit->level == POLKU_UNIT_EXTENT_PARTIAL)
        {
          record->n_units_partial++;
          record->credits_partial += credits;
        }
    }

  return g_steal_pointer (&record);
}

/**
 * polku_store_list_workshop_perusteet:
 * @workshop_id: the workshop, or 0 for all
 *
 * The qualifications that a workshop's tasks, unit marks or recognitions touch.
 *
 * Returns: (transfer container) (element-type PolkuPerusteRefRecord): by name
 */
GPtrArray *
polku_store_list_workshop_perusteet (PolkuStore  *self,
                                     gint64       workshop_id,
                                     GError     **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT p.peruste_id, p.diaarinumero, p.nimi_fi, p.nimi_sv FROM peruste p "
                               "WHERE p.peruste_id IN ("
                               " SELECT u.peruste_id FROM task_requirement tr "
                               " JOIN task t ON t.task_id = tr.task_id "
                               " JOIN requirement r ON r.requirement_id = tr.requirement_id "
                               " JOIN unit u ON u.unit_id = r.unit_id "
                               " WHERE ?1 IS NULL OR t.workshop_id = ?1 "
                               " UNION SELECT u.peruste_id FROM task_code tc "
                               " JOIN task t ON t.task_id = tc.task_id "
                               " JOIN requirement r ON r.koodi_uri = tc.koodi_uri "
                               " JOIN unit u ON u.unit_id = r.unit_id "
                               " WHERE ?1 IS NULL OR t.workshop_id = ?1 "
                               " UNION SELECT u.peruste_id FROM workshop_unit wu "
                               " JOIN unit u ON u.unit_id = wu.unit_id "
                               " WHERE ?1 IS NULL OR wu.workshop_id = ?1 "
                               " UNION SELECT peruste_id FROM environment_recognition "
                               " WHERE ?1 IS NULL OR workshop_id = ?1) "
                               "ORDER BY coalesce(p.nimi_fi, p.nimi_sv, p.diaarinumero), p.diaarinumero",
                               error);
  if (stmt == NULL)
    return NULL;

  _polku_ws_bind_id (stmt, 1, workshop_id);

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_peruste_ref_record_free);
  while (_polku_ws_step_row (self, stmt, &local_error))
    {
      PolkuPerusteRefRecord *record = g_new0 (PolkuPerusteRefRecord, 1);

      record->peruste_id = sqlite3_column_int64 (stmt, 0);
      record->diaarinumero = _polku_column_dup (stmt, 1);
      record->nimi_fi = _polku_column_dup (stmt, 2);
      record->nimi_sv = _polku_column_dup (stmt, 3);
      g_ptr_array_add (records, record);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&records);
}
