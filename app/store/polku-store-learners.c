/* polku-store-learners.c: learners (list, edit, archive, erase), the code
 * lists, and the helpers and records shared by the learner table files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-store-learners"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "polku-store-learners-private.h"

G_DEFINE_ENUM_TYPE (PolkuLearnerStatus, polku_learner_status,
  G_DEFINE_ENUM_VALUE (POLKU_LEARNER_STATUS_VALMENTAUTUJA, "valmentautuja"),
  G_DEFINE_ENUM_VALUE (POLKU_LEARNER_STATUS_OPISKELIJA, "opiskelija"))

G_DEFINE_ENUM_TYPE (PolkuLearnerShow, polku_learner_show,
  G_DEFINE_ENUM_VALUE (POLKU_LEARNER_SHOW_ACTIVE, "active"),
  G_DEFINE_ENUM_VALUE (POLKU_LEARNER_SHOW_ARCHIVED, "archived"),
  G_DEFINE_ENUM_VALUE (POLKU_LEARNER_SHOW_ALL, "all"))

G_DEFINE_ENUM_TYPE (PolkuPeriodKind, polku_period_kind,
  G_DEFINE_ENUM_VALUE (POLKU_PERIOD_KIND_TRAINEE, "trainee"),
  G_DEFINE_ENUM_VALUE (POLKU_PERIOD_KIND_KOULUTUSSOPIMUS, "koulutussopimus"),
  G_DEFINE_ENUM_VALUE (POLKU_PERIOD_KIND_OPPISOPIMUS, "oppisopimus"))

G_DEFINE_ENUM_TYPE (PolkuSupportKind, polku_support_kind,
  G_DEFINE_ENUM_VALUE (POLKU_SUPPORT_KIND_GUIDANCE, "guidance"),
  G_DEFINE_ENUM_VALUE (POLKU_SUPPORT_KIND_SUPPORT, "support"))

G_DEFINE_ENUM_TYPE (PolkuCompetenceStatus, polku_competence_status,
  G_DEFINE_ENUM_VALUE (POLKU_COMPETENCE_NOT_STARTED, "not-started"),
  G_DEFINE_ENUM_VALUE (POLKU_COMPETENCE_PRACTISING, "practising"),
  G_DEFINE_ENUM_VALUE (POLKU_COMPETENCE_IDENTIFIED, "identified"),
  G_DEFINE_ENUM_VALUE (POLKU_COMPETENCE_DEMONSTRATED, "demonstrated"),
  G_DEFINE_ENUM_VALUE (POLKU_COMPETENCE_RECOGNISED, "recognised"))

G_DEFINE_ENUM_TYPE (PolkuTeacherDecision, polku_teacher_decision,
  G_DEFINE_ENUM_VALUE (POLKU_TEACHER_DECISION_NONE, "none"),
  G_DEFINE_ENUM_VALUE (POLKU_TEACHER_DECISION_RECOGNISED, "recognised"),
  G_DEFINE_ENUM_VALUE (POLKU_TEACHER_DECISION_NOT_RECOGNISED, "not-recognised"),
  G_DEFINE_ENUM_VALUE (POLKU_TEACHER_DECISION_MORE_EVIDENCE, "more-evidence"))

G_DEFINE_ENUM_TYPE (PolkuDemonstrationState, polku_demonstration_state,
  G_DEFINE_ENUM_VALUE (POLKU_DEMONSTRATION_PLANNED, "planned"),
  G_DEFINE_ENUM_VALUE (POLKU_DEMONSTRATION_COMPLETED, "completed"),
  G_DEFINE_ENUM_VALUE (POLKU_DEMONSTRATION_CANCELLED, "cancelled"))

G_DEFINE_ENUM_TYPE (PolkuDemonstrationOutcome, polku_demonstration_outcome,
  G_DEFINE_ENUM_VALUE (POLKU_OUTCOME_PENDING, "pending"),
  G_DEFINE_ENUM_VALUE (POLKU_OUTCOME_PASSED, "passed"),
  G_DEFINE_ENUM_VALUE (POLKU_OUTCOME_FAILED, "failed"))

G_DEFINE_ENUM_TYPE (PolkuAssessorSide, polku_assessor_side,
  G_DEFINE_ENUM_VALUE (POLKU_ASSESSOR_WORKING_LIFE, "working-life"),
  G_DEFINE_ENUM_VALUE (POLKU_ASSESSOR_PROVIDER, "provider"))

/* Shared helpers */

gboolean
_polku_ln_begin (PolkuStore  *self,
                 GError     **error)
{
  return polku_store_begin (self, error);
}

/* Commits and tells the models, or rolls back so that a failed edit leaves
 * nothing behind. A nested edit leaves the notification to the outermost one. */
gboolean
_polku_ln_end (PolkuStore  *self,
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
    polku_store_emit_changed (self, "learners");

  return TRUE;
}

gboolean
_polku_ln_step_row (PolkuStore    *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;

  if (rc != SQLITE_DONE)
    _polku_store_set_error (error, _polku_store_get_db (self), rc, _("Reading the learners’ data"));

  sqlite3_reset (stmt);
  return FALSE;
}

/* Steps to the one row a lookup expects: FALSE with NOT_FOUND (@gone) when
 * there is none, or with the read error. */
gboolean
_polku_ln_step_one (PolkuStore    *self,
                    sqlite3_stmt  *stmt,
                    const char    *gone,
                    GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  if (_polku_ln_step_row (self, stmt, &local_error))
    return TRUE;

  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND, gone);
  return FALSE;
}

/* Every row of a bound statement, read by @from_row; NULL on a read error. */
GPtrArray *
_polku_ln_collect_rows (PolkuStore     *self,
                        sqlite3_stmt   *stmt,
                        PolkuLnFromRow  from_row,
                        GDestroyNotify  free_func,
                        GError        **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (free_func);
  g_autoptr(GError) local_error = NULL;

  while (_polku_ln_step_row (self, stmt, &local_error))
    g_ptr_array_add (rows, from_row (stmt));

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&rows);
}

gboolean
_polku_ln_check_date (const char  *iso,
                      gboolean     required,
                      const char  *label,
                      GError     **error)
{
  g_autofree char *clean = _polku_ws_clean (iso);

  if (clean == NULL && required)
    {
      g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                   /* Translators: %s names a date field, e.g. "Start date". */
                   _("%s: give a date."), label);
      return FALSE;
    }

  return _polku_ws_check_date (clean, label, error);
}

gboolean
_polku_ln_check_range (const char  *starts_on,
                       const char  *ends_on,
                       GError     **error)
{
  g_autofree char *start = _polku_ws_clean (starts_on);
  g_autofree char *end = _polku_ws_clean (ends_on);

  if (start == NULL || end == NULL || strcmp (start, end) <= 0)
    return TRUE;

  g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
               /* Translators: both %s are dates (YYYY-MM-DD). */
               _("The end date %s is before the start date %s."), end, start);
  return FALSE;
}

gboolean
_polku_ln_require_text (const char  *text,
                        const char  *message,
                        GError     **error)
{
  g_autofree char *clean = _polku_ws_clean (text);

  if (clean != NULL)
    return TRUE;

  g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* @sql selects a row by the id bound as ?1; none gives NOT_FOUND with @message. */
gboolean
_polku_ln_check_exists (PolkuStore  *self,
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

gboolean
_polku_ln_check_code (PolkuStore  *self,
                      const char  *koodisto,
                      const char  *koodi_uri,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gboolean found;

  if (koodi_uri == NULL)
    return TRUE;

  stmt = _polku_store_prepare (self, "SELECT 1 FROM code WHERE koodisto = ?1 AND koodi_uri = ?2", error);
  if (stmt == NULL)
    return FALSE;

  _polku_bind_text (stmt, 1, koodisto);
  _polku_bind_text (stmt, 2, koodi_uri);
  found = _polku_ln_step_row (self, stmt, &local_error);
  sqlite3_reset (stmt);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!found)
    {
      g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                   /* Translators: the first %s is a code such as urasuunnitelma_0009, the second a code list's name. */
                   _("“%s” is not a code of the list %s."), koodi_uri, koodisto);
      return FALSE;
    }

  return TRUE;
}

/* A level must be one of the unit's own scale (the schema checks it too). */
gboolean
_polku_ln_check_level (PolkuStore  *self,
                       gint64       unit_id,
                       int          level_id,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gboolean found;

  if (level_id == 0)
    return TRUE;

  stmt = _polku_store_prepare (self,
                               "SELECT 1 FROM unit u JOIN scale_level l ON l.scale_id = u.scale_id "
                               "WHERE u.unit_id = ?1 AND l.level_id = ?2",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_int (stmt, 2, level_id);
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
                           _("That level is not on the scale this unit is assessed on."));
      return FALSE;
    }

  return TRUE;
}

gboolean
_polku_ln_expect_change (PolkuStore  *self,
                         const char  *message,
                         GError     **error)
{
  return _polku_ws_expect_change (self, message, error);
}

const char *
_polku_ln_learner_gone (void)
{
  return _("The learner is no longer in the database.");
}

char *
_polku_ln_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Records */

void
polku_code_record_free (PolkuCodeRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->koodi_uri);
  g_free (record->koodisto);
  g_free (record->arvo);
  g_free (record->nimi_fi);
  g_free (record->nimi_sv);
  g_free (record->nimi_en);
  g_free (record);
}

void
polku_learner_record_free (PolkuLearnerRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->first_names);
  g_free (record->last_name);
  g_free (record->preferred_name);
  g_free (record->email);
  g_free (record->phone);
  g_free (record->coach);
  g_free (record->student_number);
  g_free (record->urasuunnitelma);
  g_free (record->support_measures);
  g_free (record->notes);
  g_free (record->archived_on);
  g_free (record->created_at);
  g_free (record->updated_at);
  g_free (record->workshop_name);
  g_free (record->provider_name);
  g_free (record->peruste_nimi_fi);
  g_free (record->peruste_nimi_sv);
  g_free (record->period_starts_on);
  g_free (record->period_ends_on);
  g_free (record->next_demonstration_on);
  g_free (record);
}

PolkuLearnerRecord *
polku_learner_record_copy (const PolkuLearnerRecord *record)
{
  PolkuLearnerRecord *copy;

  if (record == NULL)
    return NULL;

  copy = g_memdup2 (record, sizeof *record);
  copy->first_names = g_strdup (record->first_names);
  copy->last_name = g_strdup (record->last_name);
  copy->preferred_name = g_strdup (record->preferred_name);
  copy->email = g_strdup (record->email);
  copy->phone = g_strdup (record->phone);
  copy->coach = g_strdup (record->coach);
  copy->student_number = g_strdup (record->student_number);
  copy->urasuunnitelma = g_strdup (record->urasuunnitelma);
  copy->support_measures = g_strdup (record->support_measures);
  copy->notes = g_strdup (record->notes);
  copy->archived_on = g_strdup (record->archived_on);
  copy->created_at = g_strdup (record->created_at);
  copy->updated_at = g_strdup (record->updated_at);
  copy->workshop_name = g_strdup (record->workshop_name);
  copy->provider_name = g_strdup (record->provider_name);
  copy->peruste_nimi_fi = g_strdup (record->peruste_nimi_fi);
  copy->peruste_nimi_sv = g_strdup (record->peruste_nimi_sv);
  copy->period_starts_on = g_strdup (record->period_starts_on);
  copy->period_ends_on = g_strdup (record->period_ends_on);
  copy->next_demonstration_on = g_strdup (record->next_demonstration_on);
  return copy;
}

/* Pure helpers */

const char *
polku_learner_status_to_string (PolkuLearnerStatus status)
{
  switch (status)
    {
    case POLKU_LEARNER_STATUS_VALMENTAUTUJA:
      return "valmentautuja";
    case POLKU_LEARNER_STATUS_OPISKELIJA:
      return "opiskelija";
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
polku_learner_status_from_string (const char         *text,
                                  PolkuLearnerStatus *out_status)
{
  if (g_strcmp0 (text, "valmentautuja") == 0)
    *out_status = POLKU_LEARNER_STATUS_VALMENTAUTUJA;
  else if (g_strcmp0 (text, "opiskelija") == 0)
    *out_status = POLKU_LEARNER_STATUS_OPISKELIJA;
  else
    return FALSE;

  return TRUE;
}

const char *
polku_learner_status_get_label (PolkuLearnerStatus status)
{
  switch (status)
    {
    case POLKU_LEARNER_STATUS_VALMENTAUTUJA:
      /* Translators: a young person in the workshop who is not a student (valmentautuja). */
      return _("Trainee");
    case POLKU_LEARNER_STATUS_OPISKELIJA:
      /* Translators: a student of an education provider (opiskelija). */
      return _("Student");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
polku_period_kind_to_string (PolkuPeriodKind kind)
{
  switch (kind)
    {
    case POLKU_PERIOD_KIND_TRAINEE:
      return "trainee";
    case POLKU_PERIOD_KIND_KOULUTUSSOPIMUS:
      return "koulutussopimus";
    case POLKU_PERIOD_KIND_OPPISOPIMUS:
      return "oppisopimus";
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
polku_period_kind_from_string (const char      *text,
                               PolkuPeriodKind *out_kind)
{
  for (int kind = POLKU_PERIOD_KIND_TRAINEE; kind <= POLKU_PERIOD_KIND_OPPISOPIMUS; kind++)
    if (g_strcmp0 (text, polku_period_kind_to_string (kind)) == 0)
      {
        *out_kind = kind;
        return TRUE;
      }

  return FALSE;
}

/**
 * polku_period_kind_get_koodi_uri:
 *
 * Returns: the osaamisenhankkimistapa code for HOKS, or %NULL for a trainee's
 *   period (which is not a way of acquiring a qualification)
 */
const char *
polku_period_kind_get_koodi_uri (PolkuPeriodKind kind)
{
  switch (kind)
    {
    case POLKU_PERIOD_KIND_TRAINEE:
      return NULL;
    case POLKU_PERIOD_KIND_KOULUTUSSOPIMUS:
      return "osaamisenhankkimistapa_koulutussopimus";
    case POLKU_PERIOD_KIND_OPPISOPIMUS:
      return "osaamisenhankkimistapa_oppisopimus";
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
polku_period_kind_get_label (PolkuPeriodKind kind)
{
  switch (kind)
    {
    case POLKU_PERIOD_KIND_TRAINEE:
      return _("Workshop period as a trainee");
    case POLKU_PERIOD_KIND_KOULUTUSSOPIMUS:
      return _("Training agreement (koulutussopimus)");
    case POLKU_PERIOD_KIND_OPPISOPIMUS:
      return _("Apprenticeship (oppisopimus)");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
polku_support_kind_get_label (PolkuSupportKind kind)
{
  switch (kind)
    {
    case POLKU_SUPPORT_KIND_GUIDANCE:
      return _("Guidance");
    case POLKU_SUPPORT_KIND_SUPPORT:
      return _("Support");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
polku_competence_status_to_string (PolkuCompetenceStatus status)
{
  switch (status)
    {
    case POLKU_COMPETENCE_NOT_STARTED:
      return "not_started";
    case POLKU_COMPETENCE_PRACTISING:
      return "practising";
    case POLKU_COMPETENCE_IDENTIFIED:
      return "identified";
    case POLKU_COMPETENCE_DEMONSTRATED:
      return "demonstrated";
    case POLKU_COMPETENCE_RECOGNISED:
      return "recognised";
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
polku_competence_status_from_string (const char            *text,
                                     PolkuCompetenceStatus *out_status)
{
  for (int status = POLKU_COMPETENCE_NOT_STARTED; status <= POLKU_COMPETENCE_RECOGNISED; status++)
    if (g_strcmp0 (text, polku_competence_status_to_string (status)) == 0)
      {
        *out_status = status;
        return TRUE;
      }

  return FALSE;
}

const char *
polku_competence_status_get_label (PolkuCompetenceStatus status)
{
  switch (status)
    {
    case POLKU_COMPETENCE_NOT_STARTED:
      return _("Not started");
    case POLKU_COMPETENCE_PRACTISING:
      return _("Practising");
    case POLKU_COMPETENCE_IDENTIFIED:
      return _("Identified at the workshop");
    case POLKU_COMPETENCE_DEMONSTRATED:
      return _("Demonstrated");
    case POLKU_COMPETENCE_RECOGNISED:
      return _("Recognised by the education provider");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * polku_competence_status_can_change:
 *
 * Whether a coach may move a competence from @from to @to: any step forward
 * up to demonstrated (skipping is fine: a näyttö can show what was not
 * identified before), and one step back to correct a mistake. Nothing leads
 * to or from RECOGNISED here: that is the education provider's decision
 * (polku_store_record_teacher_decision), and reopening it belongs to the
 * teacher review. Staying put is always allowed.
 */
gboolean
polku_competence_status_can_change (PolkuCompetenceStatus from,
                                    PolkuCompetenceStatus to)
{
  if (from == to)
    return TRUE;

  if (from == POLKU_COMPETENCE_RECOGNISED || to == POLKU_COMPETENCE_RECOGNISED)
    return FALSE;

  if ((int) from < 0 || from > POLKU_COMPETENCE_RECOGNISED ||
      (int) to < 0 || to > POLKU_COMPETENCE_RECOGNISED)
    return FALSE;

  if (to > from)
    return TRUE;

  return from - to == 1;
}

/* Identified at the workshop, or further. */
gboolean
polku_competence_status_counts_identified (PolkuCompetenceStatus status)
{
  return status >= POLKU_COMPETENCE_IDENTIFIED && status <= POLKU_COMPETENCE_RECOGNISED;
}

const char *
polku_teacher_decision_get_label (PolkuTeacherDecision decision)
{
  switch (decision)
    {
    case POLKU_TEACHER_DECISION_NONE:
      return _("Waiting for the decision");
    case POLKU_TEACHER_DECISION_RECOGNISED:
      return _("Recognised");
    case POLKU_TEACHER_DECISION_NOT_RECOGNISED:
      return _("Not recognised");
    case POLKU_TEACHER_DECISION_MORE_EVIDENCE:
      return _("Needs more evidence");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
polku_demonstration_state_get_label (PolkuDemonstrationState state)
{
  switch (state)
    {
    case POLKU_DEMONSTRATION_PLANNED:
      return _("Planned");
    case POLKU_DEMONSTRATION_COMPLETED:
      return _("Completed");
    case POLKU_DEMONSTRATION_CANCELLED:
      return _("Cancelled");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
polku_demonstration_outcome_get_label (PolkuDemonstrationOutcome outcome)
{
  switch (outcome)
    {
    case POLKU_OUTCOME_PENDING:
      return _("Not assessed yet");
    case POLKU_OUTCOME_PASSED:
      return _("Passed");
    case POLKU_OUTCOME_FAILED:
      return _("Failed");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
polku_assessor_side_get_label (PolkuAssessorSide side)
{
  switch (side)
    {
    case POLKU_ASSESSOR_WORKING_LIFE:
      return _("Assessor from working life");
    case POLKU_ASSESSOR_PROVIDER:
      return _("Assessor from the education provider");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * polku_code_record_get_name:
 * @language: "fi" or "sv" (or "en")
 *
 * Returns: the name in @language, else in Finnish
 */
const char *
polku_code_record_get_name (const PolkuCodeRecord *record,
                            const char            *language)
{
  g_return_val_if_fail (record != NULL, NULL);

  if (g_strcmp0 (language, "sv") == 0 && record->nimi_sv != NULL)
    return record->nimi_sv;
  if (g_strcmp0 (language, "en") == 0 && record->nimi_en != NULL)
    return record->nimi_en;

  return record->nimi_fi;
}

/* "Aino Maria Virtanen" */
char *
polku_learner_record_dup_full_name (const PolkuLearnerRecord *record)
{
  g_return_val_if_fail (record != NULL, NULL);

  if (record->last_name == NULL)
    return g_strdup (record->first_names != NULL ? record->first_names : "");

  return g_strdup_printf ("%s %s", record->first_names != NULL ? record->first_names : "", record->last_name);
}

/* "Aino Virtanen" when Aino is the preferred name; the full name otherwise. */
char *
polku_learner_record_dup_display_name (const PolkuLearnerRecord *record)
{
  g_return_val_if_fail (record != NULL, NULL);

  if (record->preferred_name == NULL)
    return polku_learner_record_dup_full_name (record);

  if (record->last_name == NULL)
    return g_strdup (record->preferred_name);

  return g_strdup_printf ("%s %s", record->preferred_name, record->last_name);
}

static char *
fold (const char *text)
{
  g_autofree char *normal = NULL;

  if (text == NULL)
    return g_strdup ("");

  normal = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  return g_utf8_casefold (normal != NULL ? normal : "", -1);
}

/* The names folded for search: case goes, ä and ö stay themselves. */
char *
polku_learner_record_dup_search_key (const PolkuLearnerRecord *record)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *preferred = NULL;

  g_return_val_if_fail (record != NULL, NULL);

  first = fold (record->first_names);
  last = fold (record->last_name);
  preferred = fold (record->preferred_name);

  return g_strjoin (" ", first, last, preferred, NULL);
}

/* Every word of @query must occur in @search_key. */
gboolean
polku_learner_search_key_matches (const char *search_key,
                                  const char *query)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;

  if (query == NULL)
    return TRUE;

  folded = fold (query);
  words = g_strsplit_set (folded, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (search_key == NULL || strstr (search_key, words[i]) == NULL)
        return FALSE;
    }

  return TRUE;
}

/**
 * polku_learner_record_matches:
 * @filter: (nullable): the filter; %NULL lists the active learners
 *
 * The same test as polku_store_list_learners applies, for lists that filter
 * in memory.
 */
gboolean
polku_learner_record_matches (const PolkuLearnerRecord *record,
                              const PolkuLearnerFilter *filter)
{
  static const PolkuLearnerFilter defaults = POLKU_LEARNER_FILTER_INIT;
  g_autofree char *key = NULL;

  g_return_val_if_fail (record != NULL, FALSE);

  if (filter == NULL)
    filter = &defaults;

  if (filter->show == POLKU_LEARNER_SHOW_ACTIVE && record->archived)
    return FALSE;
  if (filter->show == POLKU_LEARNER_SHOW_ARCHIVED && !record->archived)
    return FALSE;
  if (filter->coach != NULL && g_strcmp0 (filter->coach[0] != '\0' ? filter->coach : NULL, record->coach) != 0)
    return FALSE;
  if (filter->status >= 0 && (int) record->status != filter->status)
    return FALSE;
  if (filter->workshop_id > 0 && record->workshop_id != filter->workshop_id)
    return FALSE;
  if (filter->workshop_id < 0 && record->workshop_id != 0)
    return FALSE;

  if (filter->query == NULL)
    return TRUE;

  key = polku_learner_record_dup_search_key (record);
  return polku_learner_search_key_matches (key, filter->query);
}

/* Code lists */

/**
 * polku_store_list_codes:
 * @koodisto: a code list, e.g. %POLKU_KOODISTO_SUORITUSPAIKKA
 *
 * Returns: (transfer container) (element-type PolkuCodeRecord): its codes in order
 */
GPtrArray *
polku_store_list_codes (PolkuStore  *self,
                        const char  *koodisto,
                        GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);
  g_return_val_if_fail (koodisto != NULL, NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT koodi_uri, koodisto, arvo, versio, nimi_fi, nimi_sv, nimi_en, ord "
                               "FROM code WHERE koodisto = ?1 ORDER BY ord, koodi_uri",
                               error);
  if (stmt == NULL)
    return NULL;

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_code_record_free);
  _polku_bind_text (stmt, 1, koodisto);
  while (_polku_ln_step_row (self, stmt, &local_error))
    {
      PolkuCodeRecord *record = g_new0 (PolkuCodeRecord, 1);

      record->koodi_uri = _polku_column_dup (stmt, 0);
      record->koodisto = _polku_column_dup (stmt, 1);
      record->arvo = _polku_column_dup (stmt, 2);
      record->versio = sqlite3_column_int (stmt, 3);
      record->nimi_fi = _polku_column_dup (stmt, 4);
      record->nimi_sv = _polku_column_dup (stmt, 5);
      record->nimi_en = _polku_column_dup (stmt, 6);
      record->ord = sqlite3_column_int (stmt, 7);
      g_ptr_array_add (rows, record);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&rows);
}

/* Learners */

#define LEARNER_SQL \
  "SELECT l.learner_id, l.first_names, l.last_name, l.preferred_name, l.email, l.phone, l.status, " \
  "       l.coach, l.workshop_id, l.provider_id, l.student_number, l.urasuunnitelma_koodi_uri, " \
  "       l.special_support, l.support_measures, l.notes, l.archived, l.archived_on, l.created_at, " \
  "       l.updated_at, w.name, pr.name, pl.peruste_id, pe.nimi_fi, pe.nimi_sv, " \
  "       (SELECT count(*) FROM plan_unit pu WHERE pu.plan_id = pl.plan_id), " \
  "       (SELECT count(*) FROM competence c WHERE c.learner_id = l.learner_id " \
  "         AND c.status IN ('identified', 'demonstrated', 'recognised')), " \
  "       lp.kind, lp.starts_on, lp.ends_on, " \
  "       (SELECT min (d.starts_on) FROM demonstration d WHERE d.learner_id = l.learner_id " \
  "         AND d.state = 'planned' AND d.starts_on >= date ('now', 'localtime')) " \
  "  FROM learner l " \
  "  LEFT JOIN workshop w ON w.workshop_id = l.workshop_id " \
  "  LEFT JOIN provider pr ON pr.provider_id = l.provider_id " \
  "  LEFT JOIN plan pl ON pl.learner_id = l.learner_id " \
  "  LEFT JOIN peruste pe ON pe.peruste_id = pl.peruste_id " \
  "  LEFT JOIN learner_period lp ON lp.period_id = " \
  "       (SELECT x.period_id FROM learner_period x WHERE x.learner_id = l.learner_id " \
  "         ORDER BY x.starts_on DESC, x.period_id DESC LIMIT 1) "

static PolkuLearnerRecord *
learner_from_row (sqlite3_stmt *stmt)
{
  PolkuLearnerRecord *record = g_new0 (PolkuLearnerRecord, 1);
  PolkuPeriodKind kind;

  record->learner_id = sqlite3_column_int64 (stmt, 0);
  record->first_names = _polku_column_dup (stmt, 1);
  record->last_name = _polku_column_dup (stmt, 2);
  record->preferred_name = _polku_column_dup (stmt, 3);
  record->email = _polku_column_dup (stmt, 4);
  record->phone = _polku_column_dup (stmt, 5);
  if (!polku_learner_status_from_string ((const char *) sqlite3_column_text (stmt, 6), &record->status))
    record->status = POLKU_LEARNER_STATUS_VALMENTAUTUJA;
  record->coach = _polku_column_dup (stmt, 7);
  record->workshop_id = sqlite3_column_int64 (stmt, 8);
  record->provider_id = sqlite3_column_int64 (stmt, 9);
  record->student_number = _polku_column_dup (stmt, 10);
  record->urasuunnitelma = _polku_column_dup (stmt, 11);
  record->special_support = sqlite3_column_int (stmt, 12) != 0;
  record->support_measures = _polku_column_dup (stmt, 13);
  record->notes = _polku_column_dup (stmt, 14);
  record->archived = sqlite3_column_int (stmt, 15) != 0;
  record->archived_on = _polku_column_dup (stmt, 16);
  record->created_at = _polku_column_dup (stmt, 17);
  record->updated_at = _polku_column_dup (stmt, 18);
  record->workshop_name = _polku_column_dup (stmt, 19);
  record->provider_name = _polku_column_dup (stmt, 20);
  record->peruste_id = sqlite3_column_int64 (stmt, 21);
  record->peruste_nimi_fi = _polku_column_dup (stmt, 22);
  record->peruste_nimi_sv = _polku_column_dup (stmt, 23);
  record->n_plan_units = sqlite3_column_int (stmt, 24);
  record->n_identified = sqlite3_column_int (stmt, 25);
  record->period_kind = polku_period_kind_from_string ((const char *) sqlite3_column_text (stmt, 26), &kind)
                        ? (int) kind : -1;
  record->period_starts_on = _polku_column_dup (stmt, 27);
  record->period_ends_on = _polku_column_dup (stmt, 28);
  record->next_demonstration_on = _polku_column_dup (stmt, 29);
  return record;
}

/* By last name, first names, then id; case-insensitively, ä and ö after z. */
static char *
learner_sort_key (const PolkuLearnerRecord *record)
{
  g_autofree char *last = fold (record->last_name);
  g_autofree char *first = fold (record->first_names);

  return g_strdup_printf ("%s\x1f%s\x1f%020" G_GINT64_FORMAT, last, first, record->learner_id);
}

typedef struct
{
  char               *key;
  PolkuLearnerRecord *record;
} SortEntry;

static int
compare_sort_entries (gconstpointer a,
                      gconstpointer b)
{
  return strcmp (((const SortEntry *) a)->key, ((const SortEntry *) b)->key);
}

static void
sort_learners (GPtrArray *rows)
{
  g_autofree SortEntry *entries = NULL;

  /* qsort() must not be given NULL, even for no elements. */
  if (rows->len < 2)
    return;

  entries = g_new (SortEntry, rows->len);
  for (guint i = 0; i < rows->len; i++)
    {
      entries[i].record = g_ptr_array_index (rows, i);
      entries[i].key = learner_sort_key (entries[i].record);
    }

  qsort (entries, rows->len, sizeof (SortEntry), compare_sort_entries);

  for (guint i = 0; i < rows->len; i++)
    {
      rows->pdata[i] = entries[i].record;
      g_free (entries[i].key);
    }
}

/**
 * polku_store_list_learners:
 * @filter: (nullable): which learners; %NULL: the active ones
 *
 * One query for the whole list (with the workshop, provider, plan target and
 * latest period of each), sorted by last name and first names.
 *
 * Returns: (transfer container) (element-type PolkuLearnerRecord)
 */
GPtrArray *
polku_store_list_learners (PolkuStore                *self,
                           const PolkuLearnerFilter  *filter,
                           GError                   **error)
{
  static const PolkuLearnerFilter defaults = POLKU_LEARNER_FILTER_INIT;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  if (filter == NULL)
    filter = &defaults;

  stmt = _polku_store_prepare (self,
                               LEARNER_SQL
                               " WHERE (?1 = 2 OR l.archived = ?1) "
                               "   AND (?2 IS NULL OR ifnull (l.coach, '') = ?2) "
                               "   AND (?3 IS NULL OR l.status = ?3) "
                               "   AND (?4 = 0 OR (?4 < 0 AND l.workshop_id IS NULL) OR l.workshop_id = ?4)",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, filter->show == POLKU_LEARNER_SHOW_ALL ? 2
                             : filter->show == POLKU_LEARNER_SHOW_ARCHIVED ? 1 : 0);
  _polku_bind_text (stmt, 2, filter->coach);
  if (filter->status >= 0)
    _polku_bind_text (stmt, 3, polku_learner_status_to_string (filter->status));
  sqlite3_bind_int64 (stmt, 4, filter->workshop_id);

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_learner_record_free);
  while (_polku_ln_step_row (self, stmt, &local_error))
    {
      g_autoptr(PolkuLearnerRecord) record = learner_from_row (stmt);

      if (filter->query == NULL || polku_learner_record_matches (record, filter))
        g_ptr_array_add (rows, g_steal_pointer (&record));
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  sort_learners (rows);
  return g_steal_pointer (&rows);
}

/**
 * polku_store_get_learner:
 *
 * Returns: (transfer full): the learner, or %NULL with
 *   %POLKU_STORE_ERROR_NOT_FOUND
 */
PolkuLearnerRecord *
polku_store_get_learner (PolkuStore  *self,
                         gint64       learner_id,
                         GError     **error)
{
  PolkuLearnerRecord *record;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self, LEARNER_SQL " WHERE l.learner_id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, learner_id);
  if (!_polku_ln_step_one (self, stmt, POLKU_LN_LEARNER_GONE, error))
    return NULL;

  record = learner_from_row (stmt);
  sqlite3_reset (stmt);
  return record;
}

static gboolean
check_learner (PolkuStore                *self,
               const PolkuLearnerRecord  *record,
               GError                   **error)
{
  g_autofree char *email = _polku_ws_clean (record->email);

  if (!_polku_ln_require_text (record->first_names, _("Give the learner’s first name."), error))
    return FALSE;

  if (email != NULL && (strchr (email, '@') == NULL || strchr (email, ' ') != NULL))
    {
      g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                   _("“%s” is not an e-mail address."), email);
      return FALSE;
    }

  if (record->status != POLKU_LEARNER_STATUS_VALMENTAUTUJA && record->status != POLKU_LEARNER_STATUS_OPISKELIJA)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID, _("Unknown learner status."));
      return FALSE;
    }

  if (record->urasuunnitelma != NULL &&
      !_polku_ln_check_code (self, POLKU_KOODISTO_URASUUNNITELMA, record->urasuunnitelma, error))
    return FALSE;

  if (record->workshop_id != 0 &&
      !_polku_ln_check_exists (self, "SELECT 1 FROM workshop WHERE workshop_id = ?1", record->workshop_id,
                               _("The workshop is no longer in the database."), error))
    return FALSE;

  if (record->provider_id != 0 &&
      !_polku_ln_check_exists (self, "SELECT 1 FROM provider WHERE provider_id = ?1", record->provider_id,
                               _("The education provider is no longer in the database."), error))
    return FALSE;

  if (!_polku_ln_check_date (record->archived_on, FALSE, _("Archived on"), error))
    return FALSE;

  return TRUE;
}

static void
bind_learner (sqlite3_stmt             *stmt,
              const PolkuLearnerRecord *record)
{
  _polku_ln_bind_clean (stmt, 2, record->first_names);
  _polku_ln_bind_clean (stmt, 3, record->last_name);
  _polku_ln_bind_clean (stmt, 4, record->preferred_name);
  _polku_ln_bind_clean (stmt, 5, record->email);
  _polku_ln_bind_clean (stmt, 6, record->phone);
  _polku_bind_text (stmt, 7, polku_learner_status_to_string (record->status));
  _polku_ln_bind_clean (stmt, 8, record->coach);
  _polku_ln_bind_id (stmt, 9, record->workshop_id);
  _polku_ln_bind_id (stmt, 10, record->provider_id);
  _polku_ln_bind_clean (stmt, 11, record->student_number);
  _polku_ln_bind_clean (stmt, 12, record->urasuunnitelma);
  sqlite3_bind_int (stmt, 13, record->special_support ? 1 : 0);
  _polku_ln_bind_clean (stmt, 14, record->support_measures);
  _polku_ln_bind_clean (stmt, 15, record->notes);
  sqlite3_bind_int (stmt, 16, record->archived ? 1 : 0);
  _polku_ln_bind_clean (stmt, 17, record->archived ? record->archived_on : NULL);
}

/**
 * polku_store_add_learner:
 * @record: the learner; learner_id and the out members are ignored
 *
 * Returns: the new learner_id, or 0 with @error set (no first name, a bad
 *   e-mail address or code)
 */
gint64
polku_store_add_learner (PolkuStore                *self,
                         const PolkuLearnerRecord  *record,
                         GError                   **error)
{
  sqlite3_stmt *stmt = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), 0);
  g_return_val_if_fail (record != NULL, 0);

  if (!_polku_ln_begin (self, error))
    return 0;

  ok = check_learner (self, record, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "INSERT INTO learner (first_names, last_name, preferred_name, email, phone, "
                                   "status, coach, workshop_id, provider_id, student_number, "
                                   "urasuunnitelma_koodi_uri, special_support, support_measures, notes, "
                                   "archived, archived_on) "
                                   "VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      bind_learner (stmt, record);
      ok = _polku_store_step_done (self, stmt, error);
      id = sqlite3_last_insert_rowid (_polku_store_get_db (self));
    }

  if (!_polku_ln_end (self, ok, error))
    return 0;

  return id;
}

/**
 * polku_store_update_learner:
 * @record: the learner's row as it should be (the out members are ignored)
 *
 * Saves every member of the row. archived_on is kept only while archived.
 */
gboolean
polku_store_update_learner (PolkuStore                *self,
                            const PolkuLearnerRecord  *record,
                            GError                   **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (!_polku_ln_begin (self, error))
    return FALSE;

  ok = check_learner (self, record, error);
  if (ok)
    {
      stmt = _polku_store_prepare (self,
                                   "UPDATE learner SET first_names = ?2, last_name = ?3, preferred_name = ?4, "
                                   "email = ?5, phone = ?6, status = ?7, coach = ?8, workshop_id = ?9, "
                                   "provider_id = ?10, student_number = ?11, urasuunnitelma_koodi_uri = ?12, "
                                   "special_support = ?13, support_measures = ?14, notes = ?15, archived = ?16, "
                                   "archived_on = ?17, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                                   "WHERE learner_id = ?1",
                                   error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, record->learner_id);
      bind_learner (stmt, record);
      ok = _polku_store_step_done (self, stmt, error) &&
           _polku_ln_expect_change (self, POLKU_LN_LEARNER_GONE, error);
    }

  return _polku_ln_end (self, ok, error);
}

/**
 * polku_store_set_learner_archived:
 *
 * Archives the learner (archived_on today) or brings them back.
 */
gboolean
polku_store_set_learner_archived (PolkuStore  *self,
                                  gint64       learner_id,
                                  gboolean     archived,
                                  GError     **error)
{
  g_autofree char *today = _polku_ln_today ();
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);

  if (!_polku_ln_begin (self, error))
    return FALSE;

  stmt = _polku_store_prepare (self,
                               "UPDATE learner SET archived = ?2, "
                               "archived_on = CASE WHEN ?2 = 0 THEN NULL WHEN archived = 1 THEN archived_on ELSE ?3 END, "
                               "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE learner_id = ?1",
                               error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, learner_id);
      sqlite3_bind_int (stmt, 2, archived ? 1 : 0);
      _polku_bind_text (stmt, 3, today);
      ok = _polku_store_step_done (self, stmt, error) &&
           _polku_ln_expect_change (self, POLKU_LN_LEARNER_GONE, error);
    }

  return _polku_ln_end (self, ok, error);
}

/* Moves everything the write-ahead log holds into the file and empties the log,
 * so that no earlier page image (with the erased person in it) stays behind. */
static gboolean
checkpoint_truncate (sqlite3  *db,
                     GError  **error)
{
  int n_log = 0, n_done = 0;
  int rc;

  rc = sqlite3_wal_checkpoint_v2 (db, NULL, SQLITE_CHECKPOINT_TRUNCATE, &n_log, &n_done);
  if (rc != SQLITE_OK)
    {
      _polku_store_set_error (error, db, rc, _("Clearing the database journal"));
      return FALSE;
    }

  return TRUE;
}

/* Backups hold the person too: erase them there as well. A backup from before
 * the learners existed has nothing to erase. */
static gboolean
erase_from_backup (const char  *path,
                   gint64       learner_id,
                   GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  sqlite3_stmt *stmt = NULL;
  gboolean has_learners = FALSE;
  sqlite3 *db;
  int rc;

  db = _polku_store_open_db (path, SQLITE_OPEN_READWRITE, error);
  if (db == NULL)
    return FALSE;

  rc = sqlite3_exec (db,
                     "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;",
                     NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'learner'",
                             -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      has_learners = rc == SQLITE_ROW;
      rc = (rc == SQLITE_ROW || rc == SQLITE_DONE) ? SQLITE_OK : rc;
    }
  sqlite3_finalize (stmt);
  stmt = NULL;

  if (rc == SQLITE_OK && has_learners)
    {
      rc = sqlite3_prepare_v2 (db, "DELETE FROM learner WHERE learner_id = ?1", -1, &stmt, NULL);
      if (rc == SQLITE_OK)
        {
          sqlite3_bind_int64 (stmt, 1, learner_id);
          rc = sqlite3_step (stmt);
          rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
      sqlite3_finalize (stmt);
    }

  if (rc == SQLITE_OK && has_learners)
    rc = sqlite3_wal_checkpoint_v2 (db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      g_autofree char *what = NULL;

      /* Translators: %s is a backup file's name. */
      what = g_strdup_printf (_("Erasing the learner from the backup “%s”"), display);
      _polku_store_set_error (error, db, rc, what);
      sqlite3_close_v2 (db);
      return FALSE;
    }

  sqlite3_close_v2 (db);
  return TRUE;
}

/**
 * polku_store_erase_learner:
 *
 * Erases the person permanently: the learner row and everything about them
 * (periods, consents, plan, support, check-ins, competence records and their
 * history, demonstrations) in one transaction. Deleted content is overwritten
 * (secure_delete), the write-ahead log is emptied, and the person is erased
 * from the backups as well. The change log keeps only "learner erased", with
 * nothing that identifies the person.
 *
 * Must not be called inside a transaction. When the erasure was committed but
 * the journal or a backup could not be cleared (another program reading the
 * file), returns %FALSE with %POLKU_STORE_ERROR_BUSY or _IO and a message that
 * says so; PolkuStore::changed has then been emitted already.
 */
gboolean
polku_store_erase_learner (PolkuStore  *self,
                           gint64       learner_id,
                           GError     **error)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (self), FALSE);
  g_return_val_if_fail (!polku_store_in_transaction (self), FALSE);

  if (!_polku_ln_begin (self, error))
    return FALSE;

  stmt = _polku_store_prepare (self, "DELETE FROM learner WHERE learner_id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, learner_id);
      ok = _polku_store_step_done (self, stmt, error) &&
           _polku_ln_expect_change (self, POLKU_LN_LEARNER_GONE, error);
    }
  if (ok)
    ok = polku_store_log_change (self, "learner erased", NULL, NULL, error);

  if (!_polku_ln_end (self, ok, error))
    return FALSE;

  if (!checkpoint_truncate (_polku_store_get_db (self), &local_error))
    {
      g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_BUSY,
                   _("The learner was erased, but the database journal could not be cleared yet (%s). Close other programs that use the database and erase again from a fresh start."),
                   local_error->message);
      return FALSE;
    }

  backups = polku_store_list_backups (self, &local_error);
  if (backups == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  for (guint i = 0; i < backups->len; i++)
    {
      if (!erase_from_backup (g_ptr_array_index (backups, i), learner_id, &local_error))
        {
          g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_IO,
                       _("The learner was erased from the database, but not from every backup: %s"),
                       local_error->message);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * polku_store_list_coaches:
 *
 * Returns: (transfer full): the coaches named on learners, sorted, for a filter
 */
char **
polku_store_list_coaches (PolkuStore  *self,
                          GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  stmt = _polku_store_prepare (self,
                               "SELECT DISTINCT coach FROM learner WHERE coach IS NOT NULL ORDER BY coach",
                               error);
  if (stmt == NULL)
    return NULL;

  while (_polku_ln_step_row (self, stmt, &local_error))
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_strv_builder_end (builder);
}

/* A field that cannot break the line or the columns. */
static void
append_field (GString    *out,
              const char *text)
{
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    g_string_append_c (out, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
}

/**
 * polku_store_list_learners_tsv:
 *
 * Every learner, archived ones too, one per line: id, full name, status
 * (valmentautuja | opiskelija) and coach, separated by tabs.
 *
 * Returns: (transfer full): the text, or %NULL with @error set
 */
char *
polku_store_list_learners_tsv (PolkuStore  *self,
                               GError     **error)
{
  PolkuLearnerFilter filter = POLKU_LEARNER_FILTER_INIT;
  g_autoptr(GPtrArray) rows = NULL;
  GString *out;

  g_return_val_if_fail (POLKU_IS_STORE (self), NULL);

  filter.show = POLKU_LEARNER_SHOW_ALL;
  rows = polku_store_list_learners (self, &filter, error);
  if (rows == NULL)
    return NULL;

  out = g_string_new (NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      PolkuLearnerRecord *record = g_ptr_array_index (rows, i);
      g_autofree char *name = polku_learner_record_dup_full_name (record);

      g_string_append_printf (out, "%" G_GINT64_FORMAT "\t", record->learner_id);
      append_field (out, name);
      g_string_append_c (out, '\t');
      append_field (out, polku_learner_status_to_string (record->status));
      g_string_append_c (out, '\t');
      append_field (out, record->coach);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}
