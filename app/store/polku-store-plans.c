/* polku-store-plans.c: the pathway plan: its target, the chosen units with
 * their planned periods, osa-alueet and tasks, task suggestions from the
 * workshop mapping, and progress per unit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-store-plans"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "polku-store-learners-private.h"

#define PLAN_UNIT_GONE _("The unit is no longer in the plan.")
#define NOW "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"

/* Records */

void
polku_plan_record_free (PolkuPlanRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->goal);
  g_free (record->suoritustapa);
  g_free (record->osaamisala_uri);
  g_free (record->tutkintonimike_uri);
  g_free (record->starts_on);
  g_free (record->ends_on);
  g_free (record->created_at);
  g_free (record->updated_at);
  g_free (record->diaarinumero);
  g_free (record->peruste_nimi_fi);
  g_free (record->peruste_nimi_sv);
  g_free (record->koulutustyyppi);
  g_free (record->laajuus_yksikko);
  g_free (record);
}

PolkuPlanRecord *
polku_plan_record_copy (const PolkuPlanRecord *record)
{
  PolkuPlanRecord *copy;

  if (record == NULL)
    return NULL;

  copy = g_memdup2 (record, sizeof *record);
  copy->goal = g_strdup (record->goal);
  copy->suoritustapa = g_strdup (record->suoritustapa);
  copy->osaamisala_uri = g_strdup (record->osaamisala_uri);
  copy->tutkintonimike_uri = g_strdup (record->tutkintonimike_uri);
  copy->starts_on = g_strdup (record->starts_on);
  copy->ends_on = g_strdup (record->ends_on);
  copy->created_at = g_strdup (record->created_at);
  copy->updated_at = g_strdup (record->updated_at);
  copy->diaarinumero = g_strdup (record->diaarinumero);
  copy->peruste_nimi_fi = g_strdup (record->peruste_nimi_fi);
  copy->peruste_nimi_sv = g_strdup (record->peruste_nimi_sv);
  copy->koulutustyyppi = g_strdup (record->koulutustyyppi);
  copy->laajuus_yksikko = g_strdup (record->laajuus_yksikko);
  return copy;
}

void
polku_planned_task_record_free (PolkuPlannedTaskRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->title);
  g_free (record);
}

static PolkuPlannedTaskRecord *
planned_task_copy (const PolkuPlannedTaskRecord *record)
{
  PolkuPlannedTaskRecord *copy = g_memdup2 (record, sizeof *record);

  copy->title = g_strdup (record->title);
  return copy;
}

void
polku_plan_unit_record_free (PolkuPlanUnitRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->group_path);
  g_free (record->starts_on);
  g_free (record->ends_on);
  g_free (record->deviations);
  g_free (record->note);
  g_free (record->koodi_uri);
  g_free (record->koodi_arvo);
  g_free (record->nimi_fi);
  g_free (record->nimi_sv);
  g_free (record->kind);
  g_free (record->diaarinumero);
  g_clear_pointer (&record->osa_alue_ids, g_array_unref);
  g_clear_pointer (&record->tasks, g_ptr_array_unref);
  g_free (record);
}

PolkuPlanUnitRecord *
polku_plan_unit_record_copy (const PolkuPlanUnitRecord *record)
{
  PolkuPlanUnitRecord *copy;

  if (record == NULL)
    return NULL;

  copy = g_memdup2 (record, sizeof *record);
  copy->group_path = g_strdup (record->group_path);
  copy->starts_on = g_strdup (record->starts_on);
  copy->ends_on = g_strdup (record->ends_on);
  copy->deviations = g_strdup (record->deviations);
  copy->note = g_strdup (record->note);
  copy->koodi_uri = g_strdup (record->koodi_uri);
  copy->koodi_arvo = g_strdup (record->koodi_arvo);
  copy->nimi_fi = g_strdup (record->nimi_fi);
  copy->nimi_sv = g_strdup (record->nimi_sv);
  copy->kind = g_strdup (record->kind);
  copy->diaarinumero = g_strdup (record->diaarinumero);
  copy->osa_alue_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (record->osa_alue_ids != NULL)
    g_array_append_vals (copy->osa_alue_ids, record->osa_alue_ids->data, record->osa_alue_ids->len);
  copy->tasks = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_planned_task_record_free);
  for (guint i = 0; record->tasks != NULL && i < record->tasks->len; i++)
    g_ptr_array_add (copy->tasks, planned_task_copy (g_ptr_array_index (record->tasks, i)));
  return copy;
}

void
polku_unit_progress_record_free (PolkuUnitProgressRecord *record)
{
  g_free (record);
}

void
polku_suggested_task_record_free (PolkuSuggestedTaskRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->title);
  g_clear_pointer (&record->requirement_ids, g_array_unref);
  g_free (record);
}

void
polku_task_suggestion_record_free (PolkuTaskSuggestionRecord *record)
{
  if (record == NULL)
    return;

  g_clear_pointer (&record->tasks, g_ptr_array_unref);
  g_clear_pointer (&record->uncovered, g_ptr_array_unref);
  g_free (record);
}

/* The plan */

/**
 * polku_store_get_plan:
 *
 * Returns: (transfer full): the learner's plan; before it is first saved, a
 *   record with plan_id 0 and only learner_id set. %NULL with
 *   %POLKU_STORE_ERROR_NOT_FOUND when the learner is gone.
 */
PolkuPlanRecord *
polku_store_get_plan (PolkuStore  *self,
                      gint64       learner_id,
                      GError     **error)
{
  PolkuPlanRecord *record;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT pl.plan_id, l.learner_id, pl.goal, pl.peruste_id, pl.suoritustapa, "
                               "       pl.osaamisala_uri, pl.tutkintonimike_uri, pl.starts_on, pl.ends_on, "
                               "       pl.created_at, pl.updated_at, pe.diaarinumero, pe.nimi_fi, pe.nimi_sv, "
                               "       pe.koulutustyyppi, pe.laajuus_yksikko "
                               "  FROM learner l "
                               "  LEFT JOIN plan pl ON pl.learner_id = l.learner_id "
                               "  LEFT JOIN peruste pe ON pe.peruste_id = pl.peruste_id "
                               " WHERE l.learner_id = ?1",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, learner_id);
  if (!_polku_ln_step_one (self, stmt, POLKU_LN_LEARNER_GONE, error))
    return NULL;

  record = g_new0 (PolkuPlanRecord, 1);
  record->plan_id = sqlite3_column_int64 (stmt, 0);
  record->learner_id = sqlite3_column_int64 (stmt, 1);
  record->goal = _polku_column_dup (stmt, 2);
  record->peruste_id = sqlite3_column_int64 (stmt, 3);
  record->suoritustapa = _polku_column_dup (stmt, 4);
  record->osaamisala_uri = _polku_column_dup (stmt, 5);
  record->tutkintonimike_uri = _polku_column_dup (stmt, 6);
  record->starts_on = _polku_column_dup (stmt, 7);
  record->ends_on = _polku_column_dup (stmt, 8);
  record->created_at = _polku_column_dup (stmt, 9);
  record->updated_at = _polku_column_dup (stmt, 10);
  record->diaarinumero = _polku_column_dup (stmt, 11);
  record->peruste_nimi_fi = _polku_column_dup (stmt, 12);
  record->peruste_nimi_sv = _polku_column_dup (stmt, 13);
  record->koulutustyyppi = _polku_column_dup (stmt, 14);
  record->laajuus_yksikko = _polku_column_dup (stmt, 15);
  sqlite3_reset (stmt);
  return record;
}

/* reformi before ops before naytto: the newest way a peruste is completed. */
static gboolean
default_suoritustapa (PolkuStore  *self,
                      gint64       peruste_id,
                      char       **out_koodi,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  *out_koodi = NULL;

  stmt = _polku_store_prepare (self,
                               "SELECT koodi FROM suoritustapa WHERE peruste_id = ?1 "
                               "ORDER BY CASE koodi WHEN 'reformi' THEN 0 WHEN 'ops' THEN 1 ELSE 2 END, koodi "
                               "LIMIT 1",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, peruste_id);
  if (_polku_ln_step_row (self, stmt, &local_error))
    {
      *out_koodi = _polku_column_dup (stmt, 0);
      sqlite3_reset (stmt);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static gboolean
row_exists (PolkuStore  *self,
            const char  *sql,
            gint64       id,
            const char  *text,
            gboolean    *out_exists,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = _polku_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  _polku_bind_text (stmt, 2, text);
  *out_exists = _polku_ln_step_row (self, stmt, &local_error);
  sqlite3_reset (stmt);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/* Fills in the suoritustapa and checks that the osaamisala and tutkintonimike
 * belong to the peruste. */
static gboolean
check_plan (PolkuStore       *self,
            PolkuPlanRecord  *plan,
            GError          **error)
{
  gboolean exists = FALSE;

  if (!_polku_ln_check_date (plan->starts_on, FALSE, _("Start date"), error) ||
      !_polku_ln_check_date (plan->ends_on, FALSE, _("End date"), error) ||
      !_polku_ln_check_range (plan->starts_on, plan->ends_on, error))
    return FALSE;

  if (plan->peruste_id == 0)
    {
      g_clear_pointer (&plan->suoritustapa, g_free);
      g_clear_pointer (&plan->osaamisala_uri, g_free);
      g_clear_pointer (&plan->tutkintonimike_uri, g_free);
      return TRUE;
    }

  if (!_polku_ln_check_exists (self, "SELECT 1 FROM peruste WHERE peruste_id = ?1", plan->peruste_id,
                               _("The qualification is no longer in the catalogue."), error))
    return FALSE;

  if (plan->suoritustapa == NULL)
    {
      if (!default_suoritustapa (self, plan->peruste_id, &plan->suoritustapa, error))
        return FALSE;
    }
  else
    {
      if (!row_exists (self, "SELECT 1 FROM suoritustapa WHERE peruste_id = ?1 AND koodi = ?2",
                       plan->peruste_id, plan->suoritustapa, &exists, error))
        return FALSE;
      if (!exists)
        {
          g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                       /* Translators: %s is a way of completing a qualification, e.g. "reformi". */
                       _("The qualification cannot be completed in the way “%s”."), plan->suoritustapa);
          return FALSE;
        }
    }

  if (plan->osaamisala_uri != NULL)
    {
      if (!row_exists (self, "SELECT 1 FROM peruste_osaamisala WHERE peruste_id = ?1 AND osaamisala_uri = ?2",
                       plan->peruste_id, plan->osaamisala_uri, &exists, error))
        return FALSE;
      if (!exists)
        {
          g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                               _("The chosen competence area (osaamisala) is not one of this qualification’s."));
          return FALSE;
        }
    }

  if (plan->tutkintonimike_uri != NULL)
    {
      if (!row_exists (self,
                       "SELECT 1 FROM peruste_tutkintonimike WHERE peruste_id = ?1 AND tutkintonimike_uri = ?2",
                       plan->peruste_id, plan->tutkintonimike_uri, &exists, error))
        return FALSE;
      if (!exists)
        {
          g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                               _("The chosen qualification title (tutkintonimike) is not one of this qualification’s."));
          return FALSE;
        }
    }

  return TRUE;
}

/* Creates the plan row when the learner has none; runs inside a transaction. */
static gboolean
ensure_plan (PolkuStore  *self,
             gint64       learner_id,
             gint64      *out_plan_id,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  if (!_polku_ln_check_learner (self, learner_id, error))
    return FALSE;

  stmt = _polku_store_prepare (self, "INSERT OR IGNORE INTO plan (learner_id) VALUES (?1)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, learner_id);
  if (!_polku_store_step_done (self, stmt, error))
    return FALSE;

  stmt = _polku_store_prepare (self, "SELECT plan_id FROM plan WHERE learner_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, learner_id);
  if (!_polku_ln_step_row (self, stmt, &local_error))
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_FAILED, POLKU_LN_LEARNER_GONE);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  *out_plan_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
write_plan (PolkuStore             *self,
            const PolkuPlanRecord  *record,
            GError                **error)
{
  g_autoptr(PolkuPlanRecord) plan = polku_plan_record_copy (record);
  sqlite3_stmt *stmt;
  gint64 plan_id = 0;

  if (!check_plan (self, plan, error) || !ensure_plan (self, plan->learner_id, &plan_id, error))
    return FALSE;

  stmt = _polku_store_prepare (self,
                               "UPDATE plan SET goal = ?2, peruste_id = ?3, suoritustapa = ?4, osaamisala_uri = ?5, "
                               "tutkintonimike_uri = ?6, starts_on = ?7, ends_on = ?8, updated_at = " NOW
                               " WHERE plan_id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, plan_id);
  _polku_ln_bind_clean (stmt, 2, plan->goal);
  _polku_ln_bind_id (stmt, 3, plan->peruste_id);
  _polku_ln_bind_clean (stmt, 4, plan->suoritustapa);
  _polku_ln_bind_clean (stmt, 5, plan->osaamisala_uri);
  _polku_ln_bind_clean (stmt, 6, plan->tutkintonimike_uri);
  _polku_ln_bind_clean (stmt, 7, plan->starts_on);
  _polku_ln_bind_clean (stmt, 8, plan->ends_on);
  return _polku_store_step_done (self, stmt, error);
}

/**
 * polku_store_update_plan:
 * @record: the plan as it should be, found by learner_id (plan_id and the out
 *   members are ignored)
 *
 * Saves the plan, creating it on the first save. A peruste without a
 * suoritustapa gets its newest one (reformi, else ops); choosing no peruste
 * clears the suoritustapa, osaamisala and tutkintonimike. The osaamisala and
 * tutkintonimike must be the peruste's own (%POLKU_STORE_ERROR_INVALID).
 */
gboolean
polku_store_update_plan (PolkuStore             *self,
                         const PolkuPlanRecord  *record,
                         GError                **error)
{
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (!_polku_ln_begin (self, error))
    return FALSE;

  ok = write_plan (self, record, error);

  return _polku_ln_end (self, ok, error);
}

/* Plan units */

#define PLAN_UNIT_SQL \
  "SELECT pu.plan_unit_id, pu.plan_id, pl.learner_id, pu.unit_id, pu.group_path, pu.credits, " \
  "       pu.starts_on, pu.ends_on, pu.deviations, pu.note, pu.ord, u.koodi_uri, u.koodi_arvo, " \
  "       u.nimi_fi, u.nimi_sv, u.kind, u.scale_id, u.retired, u.peruste_id, pe.diaarinumero, " \
  "       coalesce ((SELECT min (v.laajuus) FROM unit_viite v " \
  "                   WHERE v.unit_id = u.unit_id AND v.peruste_id = u.peruste_id), u.laajuus_min) " \
  "  FROM plan pl " \
  "  JOIN plan_unit pu ON pu.plan_id = pl.plan_id " \
  "  JOIN unit u ON u.unit_id = pu.unit_id " \
  "  JOIN peruste pe ON pe.peruste_id = u.peruste_id "

static PolkuPlanUnitRecord *
plan_unit_from_row (sqlite3_stmt *stmt)
{
  PolkuPlanUnitRecord *record = g_new0 (PolkuPlanUnitRecord, 1);

  record->plan_unit_id = sqlite3_column_int64 (stmt, 0);
  record->plan_id = sqlite3_column_int64 (stmt, 1);
  record->learner_id = sqlite3_column_int64 (stmt, 2);
  record->unit_id = sqlite3_column_int64 (stmt, 3);
  record->group_path = _polku_column_dup (stmt, 4);
  record->credits = _polku_ln_column_double_or (stmt, 5, -1);
  record->starts_on = _polku_column_dup (stmt, 6);
  record->ends_on = _polku_column_dup (stmt, 7);
  record->deviations = _polku_column_dup (stmt, 8);
  record->note = _polku_column_dup (stmt, 9);
  record->ord = sqlite3_column_int (stmt, 10);
  record->koodi_uri = _polku_column_dup (stmt, 11);
  record->koodi_arvo = _polku_column_dup (stmt, 12);
  record->nimi_fi = _polku_column_dup (stmt, 13);
  record->nimi_sv = _polku_column_dup (stmt, 14);
  record->kind = _polku_column_dup (stmt, 15);
  record->scale_id = sqlite3_column_int (stmt, 16);
  record->retired = sqlite3_column_int (stmt, 17) != 0;
  record->peruste_id = sqlite3_column_int64 (stmt, 18);
  record->diaarinumero = _polku_column_dup (stmt, 19);
  record->unit_credits = _polku_ln_column_double_or (stmt, 20, -1);
  record->osa_alue_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  record->tasks = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_planned_task_record_free);
  return record;
}

/* Reads the osa-alueet and tasks of @units (all of one learner, or one unit). */
static gboolean
fill_plan_unit_children (PolkuStore  *self,
                         GPtrArray   *units,
                         gint64       learner_id,
                         gint64       plan_unit_id,
                         GError     **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  for (guint i = 0; i < units->len; i++)
    {
      PolkuPlanUnitRecord *unit = g_ptr_array_index (units, i);

      g_hash_table_insert (by_id, &unit->plan_unit_id, unit);
    }

  stmt = _polku_store_prepare (self,
                               "SELECT x.plan_unit_id, x.osa_alue_id FROM plan_unit_osa_alue x "
                               "  JOIN plan_unit pu ON pu.plan_unit_id = x.plan_unit_id "
                               "  JOIN plan pl ON pl.plan_id = pu.plan_id "
                               "  JOIN osa_alue o ON o.osa_alue_id = x.osa_alue_id "
                               " WHERE (?1 = 0 OR pl.learner_id = ?1) AND (?2 = 0 OR x.plan_unit_id = ?2) "
                               " ORDER BY x.plan_unit_id, o.ord, o.osa_alue_id",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, learner_id);
  sqlite3_bind_int64 (stmt, 2, plan_unit_id);
  while (_polku_ln_step_row (self, stmt, &local_error))
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gint64 osa_alue_id = sqlite3_column_int64 (stmt, 1);
      PolkuPlanUnitRecord *unit = g_hash_table_lookup (by_id, &id);

      if (unit != NULL)
        g_array_append_val (unit->osa_alue_ids, osa_alue_id);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  stmt = _polku_store_prepare (self,
                               "SELECT x.plan_unit_id, t.task_id, t.workshop_id, t.title, t.active, x.ord "
                               "  FROM plan_unit_task x "
                               "  JOIN task t ON t.task_id = x.task_id "
                               "  JOIN plan_unit pu ON pu.plan_unit_id = x.plan_unit_id "
                               "  JOIN plan pl ON pl.plan_id = pu.plan_id "
                               " WHERE (?1 = 0 OR pl.learner_id = ?1) AND (?2 = 0 OR x.plan_unit_id = ?2) "
                               " ORDER BY x.plan_unit_id, x.ord, t.task_id",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, learner_id);
  sqlite3_bind_int64 (stmt, 2, plan_unit_id);
  while (_polku_ln_step_row (self, stmt, &local_error))
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      PolkuPlanUnitRecord *unit = g_hash_table_lookup (by_id, &id);
      PolkuPlannedTaskRecord *task;

      if (unit == NULL)
        continue;

      task = g_new0 (PolkuPlannedTaskRecord, 1);
      task->task_id = sqlite3_column_int64 (stmt, 1);
      task->workshop_id = sqlite3_column_int64 (stmt, 2);
      task->title = _polku_column_dup (stmt, 3);
      task->active = sqlite3_column_int (stmt, 4) != 0;
      task->ord = sqlite3_column_int (stmt, 5);
      g_ptr_array_add (unit->tasks, task);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/**
 * polku_store_list_plan_units:
 *
 * Returns: (transfer container) (element-type PolkuPlanUnitRecord): the chosen
 *   units in the plan's order, with their osa-alueet and planned tasks
 */
GPtrArray *
polku_store_list_plan_units (PolkuStore  *self,
                             gint64       learner_id,
                             GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self, PLAN_UNIT_SQL " WHERE pl.learner_id = ?1 ORDER BY pu.ord, pu.plan_unit_id",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, learner_id);
  rows = _polku_ln_collect_rows (self, stmt, (PolkuLnFromRow) plan_unit_from_row,
                                 (GDestroyNotify) polku_plan_unit_record_free, error);
  if (rows == NULL)
    return NULL;

  if (rows->len > 0 && !fill_plan_unit_children (self, rows, learner_id, 0, error))
    return NULL;

  return g_steal_pointer (&rows);
}

/**
 * polku_store_get_plan_unit:
 *
 * Returns: (transfer full): the plan unit, or %NULL with %POLKU_STORE_ERROR_NOT_FOUND
 */
PolkuPlanUnitRecord *
polku_store_get_plan_unit (PolkuStore  *self,
                           gint64       plan_unit_id,
                           GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self, PLAN_UNIT_SQL " WHERE pu.plan_unit_id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, plan_unit_id);
  if (!_polku_ln_step_one (self, stmt, PLAN_UNIT_GONE, error))
    return NULL;

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_plan_unit_record_free);
  g_ptr_array_add (rows, plan_unit_from_row (stmt));
  sqlite3_reset (stmt);

  if (!fill_plan_unit_children (self, rows, 0, plan_unit_id, error))
    return NULL;

  return g_ptr_array_steal_index (rows, 0);
}

/**
 * polku_store_add_plan_unit:
 *
 * Adds a unit at the end of the learner's plan (creating the plan when
 * needed). When the plan has no target yet, the unit's own qualification
 * becomes it. A unit already in the plan, or retired from the catalogue, is
 * refused with %POLKU_STORE_ERROR_INVALID.
 *
 * Returns: the new plan_unit_id, or 0 with @error set
 */
gint64
polku_store_add_plan_unit (PolkuStore  *self,
                           gint64       learner_id,
                           gint64       unit_id,
                           GError     **error)
{
  g_autoptr(PolkuPlanRecord) plan = NULL;
  g_autoptr(PolkuUnitRecord) unit = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 plan_id = 0, id = 0;
  gboolean exists = FALSE;
  int ord = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), 0);

  if (!_polku_ln_begin (self, error))
    return 0;

  unit = polku_store_catalogue_get_unit (self, unit_id, error);
  ok = unit != NULL;
  if (ok && unit->retired)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                           _("The unit is no longer part of its qualification."));
      ok = FALSE;
    }

  if (ok)
    ok = ensure_plan (self, learner_id, &plan_id, error);

  if (ok)
    {
      stmt = _polku_store_prepare (self, "SELECT 1 FROM plan_unit WHERE plan_id = ?1 AND unit_id = ?2", error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, plan_id);
      sqlite3_bind_int64 (stmt, 2, unit_id);
      exists = _polku_ln_step_row (self, stmt, &local_error);
      sqlite3_reset (stmt);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          ok = FALSE;
        }
      else if (exists)
        {
          g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                               _("The unit is already in the plan."));
          ok = FALSE;
        }
    }

  if (ok)
    ok = _polku_ws_next_ord (self, "SELECT ifnull (max (ord) + 1, 0) FROM plan_unit WHERE plan_id = ?1",
                             plan_id, &ord, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self, "INSERT INTO plan_unit (plan_id, unit_id, ord) VALUES (?1, ?2, ?3)", error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, plan_id);
      sqlite3_bind_int64 (stmt, 2, unit_id);
      sqlite3_bind_int (stmt, 3, ord);
      ok = _polku_store_step_done (self, stmt, error);
      id = sqlite3_last_insert_rowid (_polku_store_get_db (self));
    }

  /* A first unit names the target, so that its structure rules show at once. */
  if (ok)
    {
      plan = polku_store_get_plan (self, learner_id, error);
      ok = plan != NULL;
    }
  if (ok && plan->peruste_id == 0)
    {
      plan->peruste_id = unit->peruste_id;
      ok = write_plan (self, plan, error);
    }

  if (!_polku_ln_end (self, ok, error))
    return 0;

  return id;
}

static gboolean
check_group_path (PolkuStore                 *self,
                  const PolkuPlanUnitRecord  *record,
                  GError                    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = _polku_ws_clean (record->group_path);
  sqlite3_stmt *stmt;
  gboolean found;

  if (path == NULL)
    return TRUE;

  stmt = _polku_store_prepare (self,
                               "SELECT 1 FROM plan_unit pu JOIN plan pl ON pl.plan_id = pu.plan_id "
                               "  JOIN rakenne_node n ON n.peruste_id = pl.peruste_id "
                               "   AND n.suoritustapa = pl.suoritustapa AND n.path = ?2 AND n.kind = 'group' "
                               " WHERE pu.plan_unit_id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, record->plan_unit_id);
  _polku_bind_text (stmt, 2, path);
  found = _polku_ln_step_row (self, stmt, &local_error);
  sqlite3_reset (stmt);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!found)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                           _("That group is not in the structure of the plan’s qualification."));
      return FALSE;
    }

  return TRUE;
}

/**
 * polku_store_update_plan_unit:
 * @record: group_path, credits (< 0: the structure's), starts_on, ends_on,
 *   deviations and note are saved; the rest is ignored
 *
 * A group_path must be a group of the plan's structure.
 */
gboolean
polku_store_update_plan_unit (PolkuStore                 *self,
                              const PolkuPlanUnitRecord  *record,
                              GError                    **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (!_polku_ln_begin (self, error))
    return FALSE;

  ok = _polku_ln_check_date (record->starts_on, FALSE, _("Start date"), error) &&
       _polku_ln_check_date (record->ends_on, FALSE, _("End date"), error) &&
       _polku_ln_check_range (record->starts_on, record->ends_on, error) &&
       check_group_path (self, record, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "UPDATE plan_unit SET group_path = ?2, credits = ?3, starts_on = ?4, ends_on = ?5, "
                                   "deviations = ?6, note = ?7, updated_at = " NOW " WHERE plan_unit_id = ?1",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, record->plan_unit_id);
      _polku_ln_bind_clean (stmt, 2, record->group_path);
      if (record->credits >= 0)
        sqlite3_bind_double (stmt, 3, record->credits);
      else
        sqlite3_bind_null (stmt, 3);
      _polku_ln_bind_clean (stmt, 4, record->starts_on);
      _polku_ln_bind_clean (stmt, 5, record->ends_on);
      _polku_ln_bind_clean (stmt, 6, record->deviations);
      _polku_ln_bind_clean (stmt, 7, record->note);
      ok = _polku_store_step_done (self, stmt, error) && _polku_ln_expect_change (self, PLAN_UNIT_GONE, error);
    }

  return _polku_ln_end (self, ok, error);
}

static gboolean
plan_of_unit (PolkuStore  *self,
              gint64       plan_unit_id,
              gint64      *out_plan_id,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  stmt = _polku_store_prepare (self, "SELECT plan_id FROM plan_unit WHERE plan_unit_id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, plan_unit_id);
  if (!_polku_ln_step_row (self, stmt, &local_error))
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND, PLAN_UNIT_GONE);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  *out_plan_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
polku_store_move_plan_unit (PolkuStore  *self,
                            gint64       plan_unit_id,
                            guint        position,
                            GError     **error)
{
  gint64 plan_id = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  if (!_polku_ln_begin (self, error))
    return FALSE;

  ok = plan_of_unit (self, plan_unit_id, &plan_id, error) &&
       _polku_ws_reorder (self,
                          "SELECT plan_unit_id FROM plan_unit WHERE plan_id = ?1 ORDER BY ord, plan_unit_id",
                          "UPDATE plan_unit SET ord = ?1 WHERE plan_unit_id = ?2",
                          plan_id, plan_unit_id, position, error);

  return _polku_ln_end (self, ok, error);
}

/**
 * polku_store_delete_plan_unit:
 *
 * Takes the unit out of the plan with its planned tasks. The competence
 * records of its requirements stay with the learner: what was shown stays shown.
 */
gboolean
polku_store_delete_plan_unit (PolkuStore  *self,
                              gint64       plan_unit_id,
                              GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  if (!_polku_ln_begin (self, error))
    return FALSE;

  stmt = _polku_store_prepare (self, "DELETE FROM plan_unit WHERE plan_unit_id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, plan_unit_id);
      ok = _polku_store_step_done (self, stmt, error) && _polku_ln_expect_change (self, PLAN_UNIT_GONE, error);
    }

  return _polku_ln_end (self, ok, error);
}

/**
 * polku_store_set_plan_unit_osa_alueet:
 * @osa_alue_ids: (array length=n_osa_alue_ids): the chosen osa-alueet; none: all
 *
 * Chooses the osa-alueet of a common unit that the plan covers. Each must be
 * an osa-alue of the unit.
 */
gboolean
polku_store_set_plan_unit_osa_alueet (PolkuStore    *self,
                                      gint64         plan_unit_id,
                                      const gint64  *osa_alue_ids,
                                      guint          n_osa_alue_ids,
                                      GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 plan_id = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (n_osa_alue_ids == 0 || osa_alue_ids != NULL, FALSE);

  if (!_polku_ln_begin (self, error))
    return FALSE;

  ok = plan_of_unit (self, plan_unit_id, &plan_id, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self, "DELETE FROM plan_unit_osa_alue WHERE plan_unit_id = ?1", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, plan_unit_id);
          ok = _polku_store_step_done (self, stmt, error);
        }
    }

  for (guint i = 0; ok && i < n_osa_alue_ids; i++)
    {
      stmt = _polku_store_prepare (self,
                                   "INSERT OR IGNORE INTO plan_unit_osa_alue (plan_unit_id, osa_alue_id) "
                                   "SELECT pu.plan_unit_id, o.osa_alue_id FROM plan_unit pu "
                                   "  JOIN osa_alue o ON o.unit_id = pu.unit_id "
                                   " WHERE pu.plan_unit_id = ?1 AND o.osa_alue_id = ?2",
                                   error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, plan_unit_id);
          sqlite3_bind_int64 (stmt, 2, osa_alue_ids[i]);
          ok = _polku_store_step_done (self, stmt, error);
        }
      if (ok && sqlite3_changes (_polku_store_get_db (self)) == 0)
        {
          gboolean duplicate = FALSE;

          for (guint j = 0; j < i; j++)
            duplicate |= osa_alue_ids[j] == osa_alue_ids[i];
          if (!duplicate)
            {
              g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                                   _("That osa-alue is not part of the unit."));
              ok = FALSE;
            }
        }
    }

  return _polku_ln_end (self, ok, error);
}

static gboolean
insert_plan_task (PolkuStore  *self,
                  gint64       plan_unit_id,
                  gint64       task_id,
                  int          ord,
                  GError     **error)
{
  sqlite3_stmt *stmt;

  if (!_polku_ln_check_exists (self, "SELECT 1 FROM task WHERE task_id = ?1", task_id,
                               _("The task is no longer in the workshop’s catalogue."), error))
    return FALSE;

  stmt = _polku_store_prepare (self,
                               "INSERT INTO plan_unit_task (plan_unit_id, task_id, ord) VALUES (?1, ?2, ?3) "
                               "ON CONFLICT (plan_unit_id, task_id) DO UPDATE SET ord = excluded.ord",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, plan_unit_id);
  sqlite3_bind_int64 (stmt, 2, task_id);
  sqlite3_bind_int (stmt, 3, ord);
  return _polku_store_step_done (self, stmt, error);
}

/**
 * polku_store_set_plan_unit_tasks:
 * @task_ids: (array length=n_task_ids): the tasks, in order
 *
 * Replaces the tasks through which the unit will be practised.
 */
gboolean
polku_store_set_plan_unit_tasks (PolkuStore    *self,
                                 gint64         plan_unit_id,
                                 const gint64  *task_ids,
                                 guint          n_task_ids,
                                 GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 plan_id = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (n_task_ids == 0 || task_ids != NULL, FALSE);

  if (!_polku_ln_begin (self, error))
    return FALSE;

  ok = plan_of_unit (self, plan_unit_id, &plan_id, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self, "DELETE FROM plan_unit_task WHERE plan_unit_id = ?1", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, plan_unit_id);
          ok = _polku_store_step_done (self, stmt, error);
        }
    }

  for (guint i = 0; ok && i < n_task_ids; i++)
    ok = insert_plan_task (self, plan_unit_id, task_ids[i], (int) i, error);

  return _polku_ln_end (self, ok, error);
}

/**
 * polku_store_add_plan_unit_task:
 *
 * Adds a task after the unit's others (or leaves it where it is).
 */
gboolean
polku_store_add_plan_unit_task (PolkuStore  *self,
                                gint64       plan_unit_id,
                                gint64       task_id,
                                GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 plan_id = 0;
  gboolean exists = FALSE;
  int ord = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  if (!_polku_ln_begin (self, error))
    return FALSE;

  ok = plan_of_unit (self, plan_unit_id, &plan_id, error);
  if (ok)
    {
      g_autoptr(GError) local_error = NULL;

      stmt = _polku_store_prepare (self, "SELECT 1 FROM plan_unit_task WHERE plan_unit_id = ?1 AND task_id = ?2",
                                   error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, plan_unit_id);
          sqlite3_bind_int64 (stmt, 2, task_id);
          exists = _polku_ln_step_row (self, stmt, &local_error);
          sqlite3_reset (stmt);
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              ok = FALSE;
            }
        }
    }

  if (ok && !exists)
    ok = _polku_ws_next_ord (self, "SELECT ifnull (max (ord) + 1, 0) FROM plan_unit_task WHERE plan_unit_id = ?1",
                             plan_unit_id, &ord, error) &&
         insert_plan_task (self, plan_unit_id, task_id, ord, error);

  return _polku_ln_end (self, ok, error);
}

gboolean
polku_store_remove_plan_unit_task (PolkuStore  *self,
                                   gint64       plan_unit_id,
                                   gint64       task_id,
                                   GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  if (!_polku_ln_begin (self, error))
    return FALSE;

  stmt = _polku_store_prepare (self, "DELETE FROM plan_unit_task WHERE plan_unit_id = ?1 AND task_id = ?2", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, plan_unit_id);
      sqlite3_bind_int64 (stmt, 2, task_id);
      ok = _polku_store_step_done (self, stmt, error) &&
           _polku_ln_expect_change (self, _("The task was not planned for the unit."), error);
    }

  return _polku_ln_end (self, ok, error);
}

/* Task suggestions */

typedef struct
{
  PolkuSuggestedTaskRecord *record;
  int                       first_row;
} Candidate;

static int
compare_suggestions (gconstpointer a,
                     gconstpointer b)
{
  const PolkuSuggestedTaskRecord *x = *(PolkuSuggestedTaskRecord * const *) a;
  const PolkuSuggestedTaskRecord *y = *(PolkuSuggestedTaskRecord * const *) b;

  if (x->n_covered != y->n_covered)
    return x->n_covered > y->n_covered ? -1 : 1;

  return g_utf8_collate (x->title, y->title);
}

/**
 * polku_store_suggest_tasks:
 * @workshop_id: the workshop whose tasks to suggest, or 0 for every workshop
 * @learner_id: the learner whose planned tasks to mark, or 0
 *
 * The active tasks that cover requirements of the unit (mapped directly or by
 * national code, as the workshop mapping has them), most covering first, and
 * the requirements that no task covers.
 *
 * Returns: (transfer full): the suggestion, or %NULL with @error set
 */
PolkuTaskSuggestionRecord *
polku_store_suggest_tasks (PolkuStore  *self,
                           gint64       workshop_id,
                           gint64       unit_id,
                           gint64       learner_id,
                           GError     **error)
{
  g_autoptr(PolkuUnitCoverageRecord) coverage = NULL;
  g_autoptr(PolkuTaskSuggestionRecord) result = NULL;
  g_autoptr(GHashTable) by_task = NULL;
  g_autoptr(GHashTable) planned = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  coverage = polku_store_get_unit_coverage (self, workshop_id, unit_id, error);
  if (coverage == NULL)
    return NULL;

  planned = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  if (learner_id != 0)
    {
      stmt = _polku_store_prepare (self,
                                   "SELECT x.task_id FROM plan_unit_task x "
                                   "  JOIN plan_unit pu ON pu.plan_unit_id = x.plan_unit_id "
                                   "  JOIN plan pl ON pl.plan_id = pu.plan_id "
                                   " WHERE pl.learner_id = ?1 AND pu.unit_id = ?2",
                                   error);
      if (stmt == NULL)
        return NULL;

      sqlite3_bind_int64 (stmt, 1, learner_id);
      sqlite3_bind_int64 (stmt, 2, unit_id);
      while (_polku_ln_step_row (self, stmt, &local_error))
        g_hash_table_add (planned, g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 0) }, sizeof (gint64)));
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  result = g_new0 (PolkuTaskSuggestionRecord, 1);
  result->unit_id = unit_id;
  result->workshop_id = workshop_id;
  result->n_requirements = coverage->rows->len;
  result->tasks = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_suggested_task_record_free);
  result->uncovered = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_coverage_row_record_free);

  by_task = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < coverage->rows->len; i++)
    {
      PolkuCoverageRowRecord *row = g_ptr_array_index (coverage->rows, i);

      for (guint j = 0; j < row->tasks->len; j++)
        {
          PolkuCoveringTaskRecord *task = g_ptr_array_index (row->tasks, j);
          PolkuSuggestedTaskRecord *suggestion = g_hash_table_lookup (by_task, &task->task_id);

          if (suggestion == NULL)
            {
              suggestion = g_new0 (PolkuSuggestedTaskRecord, 1);
              suggestion->task_id = task->task_id;
              suggestion->workshop_id = task->workshop_id;
              suggestion->title = g_strdup (task->title);
              suggestion->requirement_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
              suggestion->planned = g_hash_table_contains (planned, &task->task_id);
              g_ptr_array_add (result->tasks, suggestion);
              g_hash_table_insert (by_task, &suggestion->task_id, suggestion);
            }

          g_array_append_val (suggestion->requirement_ids, row->requirement_id);
          suggestion->n_covered++;
        }
    }

  /* Steal the uncovered rows, from the end so that the indexes stay put. */
  for (guint i = coverage->rows->len; i > 0; i--)
    {
      PolkuCoverageRowRecord *row = g_ptr_array_index (coverage->rows, i - 1);

      if (row->tasks->len == 0)
        g_ptr_array_insert (result->uncovered, 0, g_ptr_array_steal_index (coverage->rows, i - 1));
    }

  g_ptr_array_sort (result->tasks, compare_suggestions);
  return g_steal_pointer (&result);
}

/* Progress */

/**
 * polku_store_list_plan_progress:
 *
 * One query for every chosen unit of the learner's plan.
 *
 * Returns: (transfer container) (element-type PolkuUnitProgressRecord): in the
 *   plan's order
 */
GPtrArray *
polku_store_list_plan_progress (PolkuStore  *self,
                                gint64       learner_id,
                                GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               "WITH pu AS ("
                               "  SELECT pu.plan_unit_id, pu.unit_id, pu.ord,"
                               "         EXISTS (SELECT 1 FROM plan_unit_osa_alue x"
                               "                  WHERE x.plan_unit_id = pu.plan_unit_id) AS chosen"
                               "    FROM plan pl JOIN plan_unit pu ON pu.plan_id = pl.plan_id"
                               "   WHERE pl.learner_id = ?1)"
                               " SELECT pu.unit_id, count (r.requirement_id),"
                               "        ifnull (sum (c.status = 'practising'), 0),"
                               "        ifnull (sum (c.status IN ('identified', 'demonstrated', 'recognised')), 0),"
                               "        ifnull (sum (c.status IN ('demonstrated', 'recognised')), 0),"
                               "        ifnull (sum (c.status = 'recognised'), 0)"
                               "   FROM pu"
                               "   LEFT JOIN requirement r ON r.unit_id = pu.unit_id AND r.retired = 0"
                               "    AND (r.osa_alue_id IS NULL OR NOT pu.chosen OR r.osa_alue_id IN"
                               "         (SELECT x.osa_alue_id FROM plan_unit_osa_alue x"
                               "           WHERE x.plan_unit_id = pu.plan_unit_id))"
                               "    AND (r.objective_kind IS NOT 'valinnainen' OR EXISTS"
                               "         (SELECT 1 FROM competence y WHERE y.learner_id = ?1"
                               "           AND y.requirement_id = r.requirement_id AND y.status <> 'not_started'))"
                               "   LEFT JOIN competence c ON c.learner_id = ?1 AND c.requirement_id = r.requirement_id"
                               "  GROUP BY pu.plan_unit_id"
                               "  ORDER BY pu.ord, pu.plan_unit_id",
                               error);
  if (stmt == NULL)
    return NULL;

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_unit_progress_record_free);
  sqlite3_bind_int64 (stmt, 1, learner_id);
  while (_polku_ln_step_row (self, stmt, &local_error))
    {
      PolkuUnitProgressRecord *record = g_new0 (PolkuUnitProgressRecord, 1);

      record->unit_id = sqlite3_column_int64 (stmt, 0);
      record->n_total = sqlite3_column_int (stmt, 1);
      record->n_practising = sqlite3_column_int (stmt, 2);
      record->n_identified = sqlite3_column_int (stmt, 3);
      record->n_demonstrated = sqlite3_column_int (stmt, 4);
      record->n_recognised = sqlite3_column_int (stmt, 5);
      record->complete = record->n_total > 0 && record->n_identified == record->n_total;
      g_ptr_array_add (rows, record);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&rows);
}

/* Timeline */

void
polku_timeline_record_free (PolkuTimelineRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->starts_on);
  g_free (record->ends_on);
  g_free (record->title_fi);
  g_free (record->title_sv);
  g_free (record);
}

static int
compare_timeline (gconstpointer a,
                  gconstpointer b)
{
  const PolkuTimelineRecord *x = *(PolkuTimelineRecord * const *) a;
  const PolkuTimelineRecord *y = *(PolkuTimelineRecord * const *) b;
  int order;

  /* Undated last; then by start, kind and id, so that the order is stable. */
  if ((x->starts_on == NULL) != (y->starts_on == NULL))
    return x->starts_on == NULL ? 1 : -1;
  order = g_strcmp0 (x->starts_on, y->starts_on);
  if (order != 0)
    return order;
  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

/**
 * polku_store_list_timeline:
 *
 * Everything with dates on the learner's pathway, for the timeline: workshop
 * periods (state: PolkuPeriodKind), planned units (state: progress 0–100),
 * check-ins (on held_on; ends_on is the next meeting) and demonstrations
 * (state: PolkuDemonstrationState; title: the units). By start date; undated
 * planned units last.
 *
 * Returns: (transfer container) (element-type PolkuTimelineRecord)
 */
GPtrArray *
polku_store_list_timeline (PolkuStore  *self,
                           gint64       learner_id,
                           GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) periods = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) progress = NULL;
  g_autoptr(GPtrArray) checkins = NULL;
  g_autoptr(GPtrArray) demonstrations = NULL;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  if ((periods = polku_store_list_periods (self, learner_id, error)) == NULL ||
      (units = polku_store_list_plan_units (self, learner_id, error)) == NULL ||
      (progress = polku_store_list_plan_progress (self, learner_id, error)) == NULL ||
      (checkins = polku_store_list_checkins (self, learner_id, error)) == NULL ||
      (demonstrations = polku_store_list_demonstrations (self, learner_id, error)) == NULL)
    return NULL;

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_timeline_record_free);

  for (guint i = 0; i < periods->len; i++)
    {
      PolkuPeriodRecord *period = g_ptr_array_index (periods, i);
      PolkuTimelineRecord *row = g_new0 (PolkuTimelineRecord, 1);

      row->kind = POLKU_TIMELINE_PERIOD;
      row->id = period->period_id;
      row->starts_on = g_strdup (period->starts_on);
      row->ends_on = g_strdup (period->ends_on);
      row->title_fi = g_strdup (period->workshop_name != NULL ? period->workshop_name
                                                              : polku_period_kind_to_string (period->kind));
      row->title_sv = g_strdup (row->title_fi);
      row->state = period->kind;
      g_ptr_array_add (rows, row);
    }

  for (guint i = 0; i < units->len; i++)
    {
      PolkuPlanUnitRecord *unit = g_ptr_array_index (units, i);
      PolkuTimelineRecord *row = g_new0 (PolkuTimelineRecord, 1);

      row->kind = POLKU_TIMELINE_UNIT;
      row->id = unit->plan_unit_id;
      row->starts_on = g_strdup (unit->starts_on);
      row->ends_on = g_strdup (unit->ends_on);
      row->title_fi = g_strdup (unit->nimi_fi);
      row->title_sv = g_strdup (unit->nimi_sv != NULL ? unit->nimi_sv : unit->nimi_fi);
      for (guint j = 0; j < progress->len; j++)
        {
          PolkuUnitProgressRecord *p = g_ptr_array_index (progress, j);

          if (p->unit_id == unit->unit_id && p->n_total > 0)
            row->state = (int) (100 * p->n_identified / p->n_total);
        }
      g_ptr_array_add (rows, row);
    }

  for (guint i = 0; i < checkins->len; i++)
    {
      PolkuCheckinRecord *checkin = g_ptr_array_index (checkins, i);
      PolkuTimelineRecord *row = g_new0 (PolkuTimelineRecord, 1);

      row->kind = POLKU_TIMELINE_CHECKIN;
      row->id = checkin->checkin_id;
      row->starts_on = g_strdup (checkin->held_on);
      row->ends_on = g_strdup (checkin->next_on);
      row->title_fi = g_strdup (checkin->record);
      row->title_sv = g_strdup (checkin->record);
      g_ptr_array_add (rows, row);
    }

  for (guint i = 0; i < demonstrations->len; i++)
    {
      PolkuDemonstrationRecord *demonstration = g_ptr_array_index (demonstrations, i);
      PolkuTimelineRecord *row = g_new0 (PolkuTimelineRecord, 1);
      GString *fi = g_string_new (NULL);
      GString *sv = g_string_new (NULL);

      for (guint j = 0; j < demonstration->units->len; j++)
        {
          PolkuDemonstrationUnitRecord *unit = g_ptr_array_index (demonstration->units, j);

          g_string_append_printf (fi, "%s%s", fi->len > 0 ? "; " : "", unit->nimi_fi != NULL ? unit->nimi_fi : "");
          g_string_append_printf (sv, "%s%s", sv->len > 0 ? "; " : "",
                                  unit->nimi_sv != NULL ? unit->nimi_sv : (unit->nimi_fi != NULL ? unit->nimi_fi : ""));
        }

      row->kind = POLKU_TIMELINE_DEMONSTRATION;
      row->id = demonstration->demonstration_id;
      row->starts_on = g_strdup (demonstration->starts_on);
      row->ends_on = g_strdup (demonstration->ends_on);
      row->title_fi = g_string_free (fi, FALSE);
      row->title_sv = g_string_free (sv, FALSE);
      row->state = demonstration->state;
      g_ptr_array_add (rows, row);
    }

  g_ptr_array_sort (rows, compare_timeline);
  return g_steal_pointer (&rows);
}
