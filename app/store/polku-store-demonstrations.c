/* polku-store-demonstrations.c: skills demonstrations (näytöt) as eHOKS and
 * Koski hold them: units and osa-alueet with the outcome of each, dates,
 * environment, content, assessors with their role codes, the place code,
 * deviations, individual criteria and the assessment discussion.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-store-demonstrations"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "polku-store-learners-private.h"

#define DEMONSTRATION_GONE _("The demonstration is no longer in the database.")
#define ASSESSOR_GONE _("The assessor is no longer in the database.")
#define NOW "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"

/* Records */

void
polku_demonstration_unit_record_free (PolkuDemonstrationUnitRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->assessed_on);
  g_free (record->koodi_uri);
  g_free (record->koodi_arvo);
  g_free (record->nimi_fi);
  g_free (record->nimi_sv);
  g_free (record->osa_alue_koodi_uri);
  g_free (record->osa_alue_nimi_fi);
  g_free (record->osa_alue_nimi_sv);
  g_free (record);
}

static PolkuDemonstrationUnitRecord *
demonstration_unit_copy (const PolkuDemonstrationUnitRecord *record)
{
  PolkuDemonstrationUnitRecord *copy = g_memdup2 (record, sizeof *record);

  copy->assessed_on = g_strdup (record->assessed_on);
  copy->koodi_uri = g_strdup (record->koodi_uri);
  copy->koodi_arvo = g_strdup (record->koodi_arvo);
  copy->nimi_fi = g_strdup (record->nimi_fi);
  copy->nimi_sv = g_strdup (record->nimi_sv);
  copy->osa_alue_koodi_uri = g_strdup (record->osa_alue_koodi_uri);
  copy->osa_alue_nimi_fi = g_strdup (record->osa_alue_nimi_fi);
  copy->osa_alue_nimi_sv = g_strdup (record->osa_alue_nimi_sv);
  return copy;
}

void
polku_assessor_record_free (PolkuAssessorRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->name);
  g_free (record->organisation);
  g_free (record->business_id);
  g_free (record->role);
  g_free (record);
}

PolkuAssessorRecord *
polku_assessor_record_copy (const PolkuAssessorRecord *record)
{
  PolkuAssessorRecord *copy;

  if (record == NULL)
    return NULL;

  copy = g_memdup2 (record, sizeof *record);
  copy->name = g_strdup (record->name);
  copy->organisation = g_strdup (record->organisation);
  copy->business_id = g_strdup (record->business_id);
  copy->role = g_strdup (record->role);
  return copy;
}

void
polku_individual_criterion_record_free (PolkuIndividualCriterionRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->text);
  g_free (record);
}

static PolkuIndividualCriterionRecord *
individual_criterion_copy (const PolkuIndividualCriterionRecord *record)
{
  PolkuIndividualCriterionRecord *copy = g_memdup2 (record, sizeof *record);

  copy->text = g_strdup (record->text);
  return copy;
}

void
polku_demonstration_record_free (PolkuDemonstrationRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->starts_on);
  g_free (record->ends_on);
  g_free (record->environment_name);
  g_free (record->environment_business_id);
  g_free (record->environment_description);
  g_free (record->content);
  g_free (record->place);
  g_free (record->deviations);
  g_free (record->assessment_discussion_on);
  g_free (record->notes);
  g_free (record->created_at);
  g_free (record->updated_at);
  g_free (record->provider_name);
  g_free (record->workshop_name);
  g_clear_pointer (&record->units, g_ptr_array_unref);
  g_clear_pointer (&record->assessors, g_ptr_array_unref);
  g_clear_pointer (&record->criteria, g_ptr_array_unref);
  g_clear_pointer (&record->participants, g_ptr_array_unref);
  g_free (record);
}

static void
init_children (PolkuDemonstrationRecord *record)
{
  record->units = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_demonstration_unit_record_free);
  record->assessors = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_assessor_record_free);
  record->criteria = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_individual_criterion_record_free);
  record->participants = g_ptr_array_new_with_free_func (g_free);
}

PolkuDemonstrationRecord *
polku_demonstration_record_copy (const PolkuDemonstrationRecord *record)
{
  PolkuDemonstrationRecord *copy;

  if (record == NULL)
    return NULL;

  copy = g_memdup2 (record, sizeof *record);
  copy->starts_on = g_strdup (record->starts_on);
  copy->ends_on = g_strdup (record->ends_on);
  copy->environment_name = g_strdup (record->environment_name);
  copy->environment_business_id = g_strdup (record->environment_business_id);
  copy->environment_description = g_strdup (record->environment_description);
  copy->content = g_strdup (record->content);
  copy->place = g_strdup (record->place);
  copy->deviations = g_strdup (record->deviations);
  copy->assessment_discussion_on = g_strdup (record->assessment_discussion_on);
  copy->notes = g_strdup (record->notes);
  copy->created_at = g_strdup (record->created_at);
  copy->updated_at = g_strdup (record->updated_at);
  copy->provider_name = g_strdup (record->provider_name);
  copy->workshop_name = g_strdup (record->workshop_name);
  init_children (copy);
  for (guint i = 0; record->units != NULL && i < record->units->len; i++)
    g_ptr_array_add (copy->units, demonstration_unit_copy (g_ptr_array_index (record->units, i)));
  for (guint i = 0; record->assessors != NULL && i < record->assessors->len; i++)
    g_ptr_array_add (copy->assessors, polku_assessor_record_copy (g_ptr_array_index (record->assessors, i)));
  for (guint i = 0; record->criteria != NULL && i < record->criteria->len; i++)
    g_ptr_array_add (copy->criteria, individual_criterion_copy (g_ptr_array_index (record->criteria, i)));
  for (guint i = 0; record->participants != NULL && i < record->participants->len; i++)
    g_ptr_array_add (copy->participants, g_strdup (g_ptr_array_index (record->participants, i)));
  return copy;
}

static PolkuDemonstrationState
state_from_string (const char *text)
{
  if (g_strcmp0 (text, "completed") == 0)
    return POLKU_DEMONSTRATION_COMPLETED;
  if (g_strcmp0 (text, "cancelled") == 0)
    return POLKU_DEMONSTRATION_CANCELLED;
  return POLKU_DEMONSTRATION_PLANNED;
}

static const char *
state_to_string (PolkuDemonstrationState state)
{
  switch (state)
    {
    case POLKU_DEMONSTRATION_COMPLETED:
      return "completed";
    case POLKU_DEMONSTRATION_CANCELLED:
      return "cancelled";
    case POLKU_DEMONSTRATION_PLANNED:
    default:
      return "planned";
    }
}

static PolkuDemonstrationOutcome
outcome_from_string (const char *text)
{
  if (g_strcmp0 (text, "passed") == 0)
    return POLKU_OUTCOME_PASSED;
  if (g_strcmp0 (text, "failed") == 0)
    return POLKU_OUTCOME_FAILED;
  return POLKU_OUTCOME_PENDING;
}

static const char *
outcome_to_string (PolkuDemonstrationOutcome outcome)
{
  switch (outcome)
    {
    case POLKU_OUTCOME_PASSED:
      return "passed";
    case POLKU_OUTCOME_FAILED:
      return "failed";
    case POLKU_OUTCOME_PENDING:
    default:
      return "pending";
    }
}

/* Reading */

#define DEMONSTRATION_SQL \
  "SELECT d.demonstration_id, d.learner_id, d.state, d.provider_id, d.workshop_id, d.starts_on, " \
  "       d.ends_on, d.environment_name, d.environment_business_id, d.environment_description, " \
  "       d.content, d.place_koodi_uri, d.deviations, d.assessment_discussion_on, d.notes, " \
  "       d.created_at, d.updated_at, pr.name, w.name " \
  "  FROM demonstration d " \
  "  LEFT JOIN provider pr ON pr.provider_id = d.provider_id " \
  "  LEFT JOIN workshop w ON w.workshop_id = d.workshop_id "

static PolkuDemonstrationRecord *
demonstration_from_row (sqlite3_stmt *stmt)
{
  PolkuDemonstrationRecord *record = g_new0 (PolkuDemonstrationRecord, 1);

  record->demonstration_id = sqlite3_column_int64 (stmt, 0);
  record->learner_id = sqlite3_column_int64 (stmt, 1);
  record->state = state_from_string ((const char *) sqlite3_column_text (stmt, 2));
  record->provider_id = sqlite3_column_int64 (stmt, 3);
  record->workshop_id = sqlite3_column_int64 (stmt, 4);
  record->starts_on = _polku_column_dup (stmt, 5);
  record->ends_on = _polku_column_dup (stmt, 6);
  record->environment_name = _polku_column_dup (stmt, 7);
  record->environment_business_id = _polku_column_dup (stmt, 8);
  record->environment_description = _polku_column_dup (stmt, 9);
  record->content = _polku_column_dup (stmt, 10);
  record->place = _polku_column_dup (stmt, 11);
  record->deviations = _polku_column_dup (stmt, 12);
  record->assessment_discussion_on = _polku_column_dup (stmt, 13);
  record->notes = _polku_column_dup (stmt, 14);
  record->created_at = _polku_column_dup (stmt, 15);
  record->updated_at = _polku_column_dup (stmt, 16);
  record->provider_name = _polku_column_dup (stmt, 17);
  record->workshop_name = _polku_column_dup (stmt, 18);
  init_children (record);
  return record;
}

/* Reads the children of @rows: of one learner's demonstrations, or of one. */
static gboolean
fill_children (PolkuStore  *self,
               GPtrArray   *rows,
               gint64       learner_id,
               gint64       demonstration_id,
               GError     **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  if (rows->len == 0)
    return TRUE;

  for (guint i = 0; i < rows->len; i++)
    {
      PolkuDemonstrationRecord *record = g_ptr_array_index (rows, i);

      g_hash_table_insert (by_id, &record->demonstration_id, record);
    }

#define SCOPE " (?1 = 0 OR d.learner_id = ?1) AND (?2 = 0 OR d.demonstration_id = ?2) "

  stmt = _polku_store_prepare (self,
                               "SELECT du.demonstration_id, du.demonstration_unit_id, du.unit_id, du.osa_alue_id, "
                               "       du.outcome, du.level_id, du.assessed_on, du.ord, u.koodi_uri, u.koodi_arvo, "
                               "       u.nimi_fi, u.nimi_sv, o.koodi_uri, o.nimi_fi, o.nimi_sv, u.scale_id "
                               "  FROM demonstration_unit du "
                               "  JOIN demonstration d ON d.demonstration_id = du.demonstration_id "
                               "  JOIN unit u ON u.unit_id = du.unit_id "
                               "  LEFT JOIN osa_alue o ON o.osa_alue_id = du.osa_alue_id "
                               " WHERE" SCOPE
                               " ORDER BY du.demonstration_id, du.ord, du.demonstration_unit_id",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, learner_id);
  sqlite3_bind_int64 (stmt, 2, demonstration_id);
  while (_polku_ln_step_row (self, stmt, &local_error))
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      PolkuDemonstrationRecord *demonstration = g_hash_table_lookup (by_id, &id);
      PolkuDemonstrationUnitRecord *unit;

      if (demonstration == NULL)
        continue;

      unit = g_new0 (PolkuDemonstrationUnitRecord, 1);
      unit->demonstration_unit_id = sqlite3_column_int64 (stmt, 1);
      unit->unit_id = sqlite3_column_int64 (stmt, 2);
      unit->osa_alue_id = sqlite3_column_int64 (stmt, 3);
      unit->outcome = outcome_from_string ((const char *) sqlite3_column_text (stmt, 4));
      unit->level_id = sqlite3_column_int (stmt, 5);
      unit->assessed_on = _polku_column_dup (stmt, 6);
      unit->ord = sqlite3_column_int (stmt, 7);
      unit->koodi_uri = _polku_column_dup (stmt, 8);
      unit->koodi_arvo = _polku_column_dup (stmt, 9);
      unit->nimi_fi = _polku_column_dup (stmt, 10);
      unit->nimi_sv = _polku_column_dup (stmt, 11);
      unit->osa_alue_koodi_uri = _polku_column_dup (stmt, 12);
      unit->osa_alue_nimi_fi = _polku_column_dup (stmt, 13);
      unit->osa_alue_nimi_sv = _polku_column_dup (stmt, 14);
      unit->scale_id = sqlite3_column_int (stmt, 15);
      g_ptr_array_add (demonstration->units, unit);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  stmt = _polku_store_prepare (self,
                               "SELECT a.demonstration_id, a.assessor_id, a.side, a.name, a.organisation, "
                               "       a.business_id, a.provider_id, a.role_koodi_uri, a.ord "
                               "  FROM demonstration_assessor a "
                               "  JOIN demonstration d ON d.demonstration_id = a.demonstration_id "
                               " WHERE" SCOPE
                               " ORDER BY a.demonstration_id, a.side = 'provider', a.ord, a.assessor_id",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, learner_id);
  sqlite3_bind_int64 (stmt, 2, demonstration_id);
  while (_polku_ln_step_row (self, stmt, &local_error))
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      PolkuDemonstrationRecord *demonstration = g_hash_table_lookup (by_id, &id);
      PolkuAssessorRecord *assessor;

      if (demonstration == NULL)
        continue;

      assessor = g_new0 (PolkuAssessorRecord, 1);
      assessor->demonstration_id = id;
      assessor->assessor_id = sqlite3_column_int64 (stmt, 1);
      assessor->side = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 2), "provider") == 0
                       ? POLKU_ASSESSOR_PROVIDER : POLKU_ASSESSOR_WORKING_LIFE;
      assessor->name = _polku_column_dup (stmt, 3);
      assessor->organisation = _polku_column_dup (stmt, 4);
      assessor->business_id = _polku_column_dup (stmt, 5);
      assessor->provider_id = sqlite3_column_int64 (stmt, 6);
      assessor->role = _polku_column_dup (stmt, 7);
      assessor->ord = sqlite3_column_int (stmt, 8);
      g_ptr_array_add (demonstration->assessors, assessor);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  stmt = _polku_store_prepare (self,
                               "SELECT k.demonstration_id, k.criterion_id, k.requirement_id, k.text, k.ord "
                               "  FROM demonstration_criterion k "
                               "  JOIN demonstration d ON d.demonstration_id = k.demonstration_id "
                               " WHERE" SCOPE
                               " ORDER BY k.demonstration_id, k.ord, k.criterion_id",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, learner_id);
  sqlite3_bind_int64 (stmt, 2, demonstration_id);
  while (_polku_ln_step_row (self, stmt, &local_error))
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      PolkuDemonstrationRecord *demonstration = g_hash_table_lookup (by_id, &id);
      PolkuIndividualCriterionRecord *criterion;

      if (demonstration == NULL)
        continue;

      criterion = g_new0 (PolkuIndividualCriterionRecord, 1);
      criterion->demonstration_id = id;
      criterion->criterion_id = sqlite3_column_int64 (stmt, 1);
      criterion->requirement_id = sqlite3_column_int64 (stmt, 2);
      criterion->text = _polku_column_dup (stmt, 3);
      criterion->ord = sqlite3_column_int (stmt, 4);
      g_ptr_array_add (demonstration->criteria, criterion);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  stmt = _polku_store_prepare (self,
                               "SELECT x.demonstration_id, x.koodi_uri FROM demonstration_participant x "
                               "  JOIN demonstration d ON d.demonstration_id = x.demonstration_id "
                               "  JOIN code c ON c.koodi_uri = x.koodi_uri "
                               " WHERE" SCOPE
                               " ORDER BY x.demonstration_id, c.ord",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, learner_id);
  sqlite3_bind_int64 (stmt, 2, demonstration_id);
  while (_polku_ln_step_row (self, stmt, &local_error))
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      PolkuDemonstrationRecord *demonstration = g_hash_table_lookup (by_id, &id);

      if (demonstration != NULL)
        g_ptr_array_add (demonstration->participants, _polku_column_dup (stmt, 1));
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

#undef SCOPE

  return TRUE;
}

/**
 * polku_store_list_demonstrations:
 *
 * Returns: (transfer container) (element-type PolkuDemonstrationRecord): the
 *   learner's demonstrations by start date (undated last), with units,
 *   assessors, individual criteria and discussion participants
 */
GPtrArray *
polku_store_list_demonstrations (PolkuStore  *self,
                                 gint64       learner_id,
                                 GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               DEMONSTRATION_SQL
                               " WHERE d.learner_id = ?1 "
                               " ORDER BY d.starts_on IS NULL, d.starts_on, d.demonstration_id",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, learner_id);
  rows = _polku_ln_collect_rows (self, stmt, (PolkuLnFromRow) demonstration_from_row,
                                 (GDestroyNotify) polku_demonstration_record_free, error);
  if (rows == NULL)
    return NULL;

  if (!fill_children (self, rows, learner_id, 0, error))
    return NULL;

  return g_steal_pointer (&rows);
}

/**
 * polku_store_get_demonstration:
 *
 * Returns: (transfer full): the demonstration with its children, or %NULL
 *   with %POLKU_STORE_ERROR_NOT_FOUND
 */
PolkuDemonstrationRecord *
polku_store_get_demonstration (PolkuStore  *self,
                               gint64       demonstration_id,
                               GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self, DEMONSTRATION_SQL " WHERE d.demonstration_id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, demonstration_id);
  if (!_polku_ln_step_one (self, stmt, DEMONSTRATION_GONE, error))
    return NULL;

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_demonstration_record_free);
  g_ptr_array_add (rows, demonstration_from_row (stmt));
  sqlite3_reset (stmt);

  if (!fill_children (self, rows, 0, demonstration_id, error))
    return NULL;

  return g_ptr_array_steal_index (rows, 0);
}

/* Editing */

static gboolean
check_demonstration (PolkuStore                      *self,
                     const PolkuDemonstrationRecord  *record,
                     GError                         **error)
{
  g_autofree char *business_id = _polku_ws_clean (record->environment_business_id);

  if ((int) record->state < POLKU_DEMONSTRATION_PLANNED || record->state > POLKU_DEMONSTRATION_CANCELLED)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                           _("Unknown state of a demonstration."));
      return FALSE;
    }

  if (!_polku_ln_check_date (record->starts_on, FALSE, _("Start date"), error) ||
      !_polku_ln_check_date (record->ends_on, FALSE, _("End date"), error) ||
      !_polku_ln_check_range (record->starts_on, record->ends_on, error) ||
      !_polku_ln_check_date (record->assessment_discussion_on, FALSE, _("Assessment discussion"), error))
    return FALSE;

  if (business_id != NULL && !polku_business_id_is_valid (business_id))
    {
      g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                   _("“%s” is not a valid business ID. It has the form 1234567-8, and its last digit is a check digit."),
                   business_id);
      return FALSE;
    }

  if (!_polku_ln_check_code (self, POLKU_KOODISTO_SUORITUSPAIKKA, record->place, error))
    return FALSE;

  if (record->provider_id != 0 &&
      !_polku_ln_check_exists (self, "SELECT 1 FROM provider WHERE provider_id = ?1", record->provider_id,
                               _("The education provider is no longer in the database."), error))
    return FALSE;

  if (record->workshop_id != 0 &&
      !_polku_ln_check_exists (self, "SELECT 1 FROM workshop WHERE workshop_id = ?1", record->workshop_id,
                               _("The workshop is no longer in the database."), error))
    return FALSE;

  return TRUE;
}

static void
bind_demonstration (sqlite3_stmt                   *stmt,
                    const PolkuDemonstrationRecord *record,
                    const char                     *environment_name)
{
  _polku_bind_text (stmt, 2, state_to_string (record->state));
  _polku_ln_bind_id (stmt, 3, record->provider_id);
  _polku_ln_bind_id (stmt, 4, record->workshop_id);
  _polku_ln_bind_clean (stmt, 5, record->starts_on);
  _polku_ln_bind_clean (stmt, 6, record->ends_on);
  _polku_ln_bind_clean (stmt, 7, environment_name);
  _polku_ln_bind_clean (stmt, 8, record->environment_business_id);
  _polku_ln_bind_clean (stmt, 9, record->environment_description);
  _polku_ln_bind_clean (stmt, 10, record->content);
  _polku_ln_bind_clean (stmt, 11, record->place);
  _polku_ln_bind_clean (stmt, 12, record->deviations);
  _polku_ln_bind_clean (stmt, 13, record->assessment_discussion_on);
  _polku_ln_bind_clean (stmt, 14, record->notes);
}

/* The workshop and its organisation are the environment unless told otherwise. */
static gboolean
default_environment (PolkuStore                *self,
                     PolkuDemonstrationRecord  *record,
                     GError                   **error)
{
  g_autoptr(PolkuWorkshopRecord) workshop = NULL;
  g_autoptr(PolkuOrganisationRecord) organisation = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = _polku_ws_clean (record->environment_name);
  sqlite3_stmt *stmt;

  if (record->workshop_id == 0)
    {
      stmt = _polku_store_prepare (self, "SELECT workshop_id FROM learner WHERE learner_id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, record->learner_id);
      if (_polku_ln_step_row (self, stmt, &local_error))
        {
          record->workshop_id = sqlite3_column_int64 (stmt, 0);
          sqlite3_reset (stmt);
        }
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  if (record->workshop_id != 0 && name == NULL)
    {
      workshop = polku_store_get_workshop (self, record->workshop_id, error);
      if (workshop == NULL)
        return FALSE;
      organisation = polku_store_get_organisation (self, error);
      if (organisation == NULL)
        return FALSE;

      g_free (record->environment_name);
      if (organisation->name != NULL && organisation->name[0] != '\0')
        record->environment_name = g_strdup_printf ("%s, %s", organisation->name, workshop->name);
      else
        record->environment_name = g_strdup (workshop->name);

      if (record->environment_business_id == NULL)
        record->environment_business_id = g_strdup (organisation->business_id);
      if (record->environment_description == NULL)
        record->environment_description = g_strdup (workshop->description);
    }

  return TRUE;
}

/**
 * polku_store_add_demonstration:
 * @record: learner_id is required; the children are not read (add them with
 *   their own calls)
 *
 * Adds a demonstration. Without a workshop, the learner's is used, and
 * without an environment name, the workshop (with the organisation's name,
 * business ID and the workshop's description) is the environment.
 *
 * Returns: the new demonstration_id, or 0 with @error set
 */
gint64
polku_store_add_demonstration (PolkuStore                      *self,
                               const PolkuDemonstrationRecord  *record,
                               GError                         **error)
{
  g_autoptr(PolkuDemonstrationRecord) filled = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), 0);
  g_return_val_if_fail (record != NULL, 0);

  if (!_polku_ln_begin (self, error))
    return 0;

  filled = polku_demonstration_record_copy (record);
  ok = _polku_ln_check_learner (self, record->learner_id, error) &&
       check_demonstration (self, record, error) &&
       default_environment (self, filled, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "INSERT INTO demonstration (learner_id, state, provider_id, workshop_id, "
                                   "starts_on, ends_on, environment_name, environment_business_id, "
                                   "environment_description, content, place_koodi_uri, deviations, "
                                   "assessment_discussion_on, notes) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, filled->learner_id);
      bind_demonstration (stmt, filled, filled->environment_name);
      ok = _polku_store_step_done (self, stmt, error);
      id = sqlite3_last_insert_rowid (_polku_store_get_db (self));
    }

  if (!_polku_ln_end (self, ok, error))
    return 0;

  return id;
}

/**
 * polku_store_update_demonstration:
 * @record: the demonstration's own members; the children are not touched
 */
gboolean
polku_store_update_demonstration (PolkuStore                      *self,
                                  const PolkuDemonstrationRecord  *record,
                                  GError                         **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (!_polku_ln_begin (self, error))
    return FALSE;

  ok = check_demonstration (self, record, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "UPDATE demonstration SET state = ?2, provider_id = ?3, workshop_id = ?4, "
                                   "starts_on = ?5, ends_on = ?6, environment_name = ?7, "
                                   "environment_business_id = ?8, environment_description = ?9, content = ?10, "
                                   "place_koodi_uri = ?11, deviations = ?12, assessment_discussion_on = ?13, "
                                   "notes = ?14, updated_at = " NOW " WHERE demonstration_id = ?1",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, record->demonstration_id);
      bind_demonstration (stmt, record, record->environment_name);
      ok = _polku_store_step_done (self, stmt, error) &&
           _polku_ln_expect_change (self, DEMONSTRATION_GONE, error);
    }

  return _polku_ln_end (self, ok, error);
}

gboolean
polku_store_delete_demonstration (PolkuStore  *self,
                                  gint64       demonstration_id,
                                  GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  if (!_polku_ln_begin (self, error))
    return FALSE;

  stmt = _polku_store_prepare (self, "DELETE FROM demonstration WHERE demonstration_id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, demonstration_id);
      ok = _polku_store_step_done (self, stmt, error) &&
           _polku_ln_expect_change (self, DEMONSTRATION_GONE, error);
    }

  return _polku_ln_end (self, ok, error);
}

static gboolean
touch_demonstration (PolkuStore  *self,
                     gint64       demonstration_id,
                     GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = _polku_store_prepare (self, "UPDATE demonstration SET updated_at = " NOW " WHERE demonstration_id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, demonstration_id);
  return _polku_store_step_done (self, stmt, error) &&
         _polku_ln_expect_change (self, DEMONSTRATION_GONE, error);
}

/**
 * polku_store_set_demonstration_unit:
 * @osa_alue_id: an osa-alue of the (common) unit, or 0 for the whole unit
 * @outcome: the outcome; PENDING while planned
 * @level_id: the grade on the unit's scale when passed, else 0
 * @assessed_on: (nullable): the date of the assessment
 *
 * Adds the unit (or osa-alue) to the demonstration, or updates its outcome.
 */
gboolean
polku_store_set_demonstration_unit (PolkuStore                 *self,
                                    gint64                      demonstration_id,
                                    gint64                      unit_id,
                                    gint64                      osa_alue_id,
                                    PolkuDemonstrationOutcome   outcome,
                                    int                         level_id,
                                    const char                 *assessed_on,
                                    GError                    **error)
{
  sqlite3_stmt *stmt = NULL;
  int ord = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  if ((int) outcome < POLKU_OUTCOME_PENDING || outcome > POLKU_OUTCOME_FAILED)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID, _("Unknown outcome."));
      return FALSE;
    }

  if (level_id != 0 && outcome != POLKU_OUTCOME_PASSED)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                           _("Only a passed unit has a grade."));
      return FALSE;
    }

  if (!_polku_ln_check_date (assessed_on, FALSE, _("Assessed on"), error))
    return FALSE;

  if (!_polku_ln_begin (self, error))
    return FALSE;

  ok = touch_demonstration (self, demonstration_id, error) &&
       _polku_ln_check_exists (self, "SELECT 1 FROM unit WHERE unit_id = ?1", unit_id,
                               _("The unit is no longer in the catalogue."), error) &&
       _polku_ln_check_level (self, unit_id, level_id, error);

  if (ok && osa_alue_id != 0)
    {
      g_autoptr(GError) local_error = NULL;
      gboolean found;

      stmt = _polku_store_prepare (self, "SELECT 1 FROM osa_alue WHERE osa_alue_id = ?1 AND unit_id = ?2", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, osa_alue_id);
          sqlite3_bind_int64 (stmt, 2, unit_id);
          found = _polku_ln_step_row (self, stmt, &local_error);
          sqlite3_reset (stmt);
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              ok = FALSE;
            }
          else if (!found)
            {
              g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                                   _("That osa-alue is not part of the unit."));
              ok = FALSE;
            }
        }
    }

  if (ok)
    ok = _polku_ws_next_ord (self,
                             "SELECT ifnull (max (ord) + 1, 0) FROM demonstration_unit WHERE demonstration_id = ?1",
                             demonstration_id, &ord, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "INSERT INTO demonstration_unit (demonstration_id, unit_id, osa_alue_id, outcome, "
                                   "level_id, assessed_on, ord) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                                   "ON CONFLICT (demonstration_id, unit_id, ifnull (osa_alue_id, 0)) DO UPDATE SET "
                                   "outcome = excluded.outcome, level_id = excluded.level_id, "
                                   "assessed_on = excluded.assessed_on",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, demonstration_id);
      sqlite3_bind_int64 (stmt, 2, unit_id);
      _polku_ln_bind_id (stmt, 3, osa_alue_id);
      _polku_bind_text (stmt, 4, outcome_to_string (outcome));
      if (level_id != 0)
        sqlite3_bind_int (stmt, 5, level_id);
      else
        sqlite3_bind_null (stmt, 5);
      _polku_ln_bind_clean (stmt, 6, assessed_on);
      sqlite3_bind_int (stmt, 7, ord);
      ok = _polku_store_step_done (self, stmt, error);
    }

  return _polku_ln_end (self, ok, error);
}

gboolean
polku_store_remove_demonstration_unit (PolkuStore  *self,
                                       gint64       demonstration_id,
                                       gint64       unit_id,
                                       gint64       osa_alue_id,
                                       GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  if (!_polku_ln_begin (self, error))
    return FALSE;

  stmt = _polku_store_prepare (self,
                               "DELETE FROM demonstration_unit WHERE demonstration_id = ?1 AND unit_id = ?2 "
                               "AND ifnull (osa_alue_id, 0) = ?3",
                               error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, demonstration_id);
      sqlite3_bind_int64 (stmt, 2, unit_id);
      sqlite3_bind_int64 (stmt, 3, osa_alue_id);
      ok = _polku_store_step_done (self, stmt, error) &&
           _polku_ln_expect_change (self, _("The unit is not part of the demonstration."), error) &&
           touch_demonstration (self, demonstration_id, error);
    }

  return _polku_ln_end (self, ok, error);
}

static gboolean
check_assessor (PolkuStore                 *self,
                const PolkuAssessorRecord  *record,
                GError                    **error)
{
  g_autofree char *business_id = _polku_ws_clean (record->business_id);

  if (record->side != POLKU_ASSESSOR_WORKING_LIFE && record->side != POLKU_ASSESSOR_PROVIDER)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID, _("Unknown kind of assessor."));
      return FALSE;
    }

  if (!_polku_ln_require_text (record->name, _("Give the assessor’s name."), error))
    return FALSE;

  if (business_id != NULL && !polku_business_id_is_valid (business_id))
    {
      g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                   _("“%s” is not a valid business ID. It has the form 1234567-8, and its last digit is a check digit."),
                   business_id);
      return FALSE;
    }

  if (record->provider_id != 0 &&
      !_polku_ln_check_exists (self, "SELECT 1 FROM provider WHERE provider_id = ?1", record->provider_id,
                               _("The education provider is no longer in the database."), error))
    return FALSE;

  return _polku_ln_check_code (self, POLKU_KOODISTO_ASSESSOR_ROLE, record->role, error);
}

static void
bind_assessor (sqlite3_stmt              *stmt,
               const PolkuAssessorRecord *record)
{
  _polku_bind_text (stmt, 2, record->side == POLKU_ASSESSOR_PROVIDER ? "provider" : "working_life");
  _polku_ln_bind_clean (stmt, 3, record->name);
  _polku_ln_bind_clean (stmt, 4, record->organisation);
  _polku_ln_bind_clean (stmt, 5, record->business_id);
  _polku_ln_bind_id (stmt, 6, record->provider_id);
  _polku_ln_bind_clean (stmt, 7, record->role);
}

/**
 * polku_store_add_assessor:
 * @record: demonstration_id, side and name are required; role is a code of
 *   %POLKU_KOODISTO_ASSESSOR_ROLE or %NULL
 *
 * Returns: the new assessor_id (listed after the others of its side), or 0
 */
gint64
polku_store_add_assessor (PolkuStore                 *self,
                          const PolkuAssessorRecord  *record,
                          GError                    **error)
{
  sqlite3_stmt *stmt = NULL;
  gint64 id = 0;
  int ord = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), 0);
  g_return_val_if_fail (record != NULL, 0);

  if (!_polku_ln_begin (self, error))
    return 0;

  ok = touch_demonstration (self, record->demonstration_id, error) &&
       check_assessor (self, record, error) &&
       _polku_ws_next_ord (self,
                           "SELECT ifnull (max (ord) + 1, 0) FROM demonstration_assessor WHERE demonstration_id = ?1",
                           record->demonstration_id, &ord, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "INSERT INTO demonstration_assessor (demonstration_id, side, name, organisation, "
                                   "business_id, provider_id, role_koodi_uri, ord) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, record->demonstration_id);
      bind_assessor (stmt, record);
      sqlite3_bind_int (stmt, 8, ord);
      ok = _polku_store_step_done (self, stmt, error);
      id = sqlite3_last_insert_rowid (_polku_store_get_db (self));
    }

  if (!_polku_ln_end (self, ok, error))
    return 0;

  return id;
}

gboolean
polku_store_update_assessor (PolkuStore                 *self,
                             const PolkuAssessorRecord  *record,
                             GError                    **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (!_polku_ln_begin (self, error))
    return FALSE;

  ok = check_assessor (self, record, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "UPDATE demonstration_assessor SET side = ?2, name = ?3, organisation = ?4, "
                                   "business_id = ?5, provider_id = ?6, role_koodi_uri = ?7 WHERE assessor_id = ?1",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, record->assessor_id);
      bind_assessor (stmt, record);
      ok = _polku_store_step_done (self, stmt, error) && _polku_ln_expect_change (self, ASSESSOR_GONE, error);
    }

  return _polku_ln_end (self, ok, error);
}

gboolean
polku_store_delete_assessor (PolkuStore  *self,
                             gint64       assessor_id,
                             GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  if (!_polku_ln_begin (self, error))
    return FALSE;

  stmt = _polku_store_prepare (self, "DELETE FROM demonstration_assessor WHERE assessor_id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, assessor_id);
      ok = _polku_store_step_done (self, stmt, error) && _polku_ln_expect_change (self, ASSESSOR_GONE, error);
    }

  return _polku_ln_end (self, ok, error);
}

/**
 * polku_store_set_demonstration_participants:
 * @koodi_uris: (array zero-terminated=1) (nullable): codes of
 *   %POLKU_KOODISTO_DISCUSSION_PARTICIPANT
 *
 * Replaces who took part in the assessment discussion. "No discussion was
 * held" (_6) cannot be combined with participants.
 */
gboolean
polku_store_set_demonstration_participants (PolkuStore          *self,
                                            gint64               demonstration_id,
                                            const char * const  *koodi_uris,
                                            GError             **error)
{
  static const char none_held[] = "ammatillisennaytonarviointikeskusteluunosallistuneet_6";
  sqlite3_stmt *stmt;
  guint n = koodi_uris != NULL ? g_strv_length ((char **) koodi_uris) : 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  if (n > 1 && g_strv_contains (koodi_uris, none_held))
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                           _("When no assessment discussion was held, nobody took part in one."));
      return FALSE;
    }

  if (!_polku_ln_begin (self, error))
    return FALSE;

  ok = touch_demonstration (self, demonstration_id, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self, "DELETE FROM demonstration_participant WHERE demonstration_id = ?1", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, demonstration_id);
          ok = _polku_store_step_done (self, stmt, error);
        }
    }

  for (guint i = 0; ok && i < n; i++)
    {
      ok = _polku_ln_check_code (self, POLKU_KOODISTO_DISCUSSION_PARTICIPANT, koodi_uris[i], error);
      if (ok)
        {
          stmt = _polku_store_prepare (self,
                                       "INSERT OR IGNORE INTO demonstration_participant (demonstration_id, koodi_uri) "
                                       "VALUES (?1, ?2)",
                                       error);
          ok = stmt != NULL;
        }
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, demonstration_id);
          _polku_bind_text (stmt, 2, koodi_uris[i]);
          ok = _polku_store_step_done (self, stmt, error);
        }
    }

  return _polku_ln_end (self, ok, error);
}

/**
 * polku_store_add_individual_criterion:
 * @requirement_id: the requirement it adapts, or 0
 * @text: the criterion
 *
 * Returns: the new criterion_id, or 0 with @error set
 */
gint64
polku_store_add_individual_criterion (PolkuStore  *self,
                                      gint64       demonstration_id,
                                      gint64       requirement_id,
                                      const char  *text,
                                      GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  gint64 id = 0;
  int ord = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), 0);

  if (!_polku_ln_require_text (text, _("Write the individual criterion."), error))
    return 0;

  if (!_polku_ln_begin (self, error))
    return 0;

  ok = touch_demonstration (self, demonstration_id, error) &&
       (requirement_id == 0 ||
        _polku_ln_check_exists (self, "SELECT 1 FROM requirement WHERE requirement_id = ?1", requirement_id,
                                _("The requirement is no longer in the catalogue."), error)) &&
       _polku_ws_next_ord (self,
                           "SELECT ifnull (max (ord) + 1, 0) FROM demonstration_criterion WHERE demonstration_id = ?1",
                           demonstration_id, &ord, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "INSERT INTO demonstration_criterion (demonstration_id, requirement_id, text, ord) "
                                   "VALUES (?1, ?2, ?3, ?4)",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, demonstration_id);
      _polku_ln_bind_id (stmt, 2, requirement_id);
      _polku_ln_bind_clean (stmt, 3, text);
      sqlite3_bind_int (stmt, 4, ord);
      ok = _polku_store_step_done (self, stmt, error);
      id = sqlite3_last_insert_rowid (_polku_store_get_db (self));
    }

  if (!_polku_ln_end (self, ok, error))
    return 0;

  return id;
}

gboolean
polku_store_delete_individual_criterion (PolkuStore  *self,
                                         gint64       criterion_id,
                                         GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  if (!_polku_ln_begin (self, error))
    return FALSE;

  stmt = _polku_store_prepare (self, "DELETE FROM demonstration_criterion WHERE criterion_id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, criterion_id);
      ok = _polku_store_step_done (self, stmt, error) &&
           _polku_ln_expect_change (self, _("The criterion is no longer in the database."), error);
    }

  return _polku_ln_end (self, ok, error);
}
