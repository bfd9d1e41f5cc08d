/* polku-competence.c: one requirement of a unit with the learner's record of
 * it: status, own view, the coach's observation, level (with the criteria of
 * each level to choose from), date, evidence and the tasks that showed it.
 *
 * Objects come from PolkuCompetenceList, which keeps them up to date. Setters
 * save at once (the record is created on the first edit); on failure nothing
 * changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-competence"

#include "config.h"

#include <string.h>

#include "polku-catalogue-format.h"
#include "polku-learner-model-private.h"
#include "polku-model-record-private.h"
#include "polku-model-snapshot-private.h"

struct _PolkuCompetence
{
  GObject                parent_instance;

  /* Owned */
  PolkuStore            *store;
  PolkuCompetenceRecord *record;
  PolkuUnitScales       *scales;
  GListStore            *choices;     /* lazily: this requirement's level choices */
  char                  *tasks_text;
};

G_DEFINE_FINAL_TYPE (PolkuCompetence, polku_competence, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REQUIREMENT_ID,
  PROP_COMPETENCE_ID,
  PROP_RECORDED,
  PROP_UNIT_ID,
  PROP_OSA_ALUE_ID,
  PROP_OSA_ALUE_NAME,
  PROP_OBJECTIVE_KIND,
  PROP_KOHDEALUE,
  PROP_TEXT,
  PROP_CODE,
  PROP_DEPTH,
  PROP_RETIRED,
  PROP_STATUS,
  PROP_STATUS_LABEL,
  PROP_LOCKED,
  PROP_OWN_VIEW,
  PROP_OBSERVATION,
  PROP_LEVEL_ID,
  PROP_LEVEL_LABEL,
  PROP_SHOWN_ON,
  PROP_EVIDENCE,
  PROP_OBSERVED_BY,
  PROP_N_TASKS,
  PROP_TASKS_TEXT,
  PROP_TEACHER_DECISION,
  PROP_TEACHER_COMMENT,
  PROP_TEACHER_NAME,
  PROP_DECIDED_ON,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Unit scales */

static void
unit_scales_clear (gpointer data)
{
  PolkuUnitScales *scales = data;

  g_clear_pointer (&scales->unit, polku_unit_record_free);
  g_clear_pointer (&scales->levels, g_ptr_array_unref);
  g_clear_pointer (&scales->criteria, g_ptr_array_unref);
  g_clear_pointer (&scales->requirements, g_ptr_array_unref);
  g_clear_object (&scales->unit_choices);
  g_clear_pointer (&scales->language, g_free);
}

PolkuUnitScales *
_polku_unit_scales_load (PolkuStore  *store,
                         gint64       unit_id,
                         const char  *language,
                         GError     **error)
{
  g_autoptr(PolkuUnitScales) scales = g_rc_box_new0 (PolkuUnitScales);

  scales->language = g_strdup (language != NULL ? language : "fi");
  if ((scales->unit = polku_store_catalogue_get_unit (store, unit_id, error)) == NULL ||
      (scales->levels = polku_store_catalogue_list_scale_levels (store, 0, error)) == NULL ||
      (scales->criteria = polku_store_catalogue_list_criteria (store, unit_id, error)) == NULL ||
      (scales->requirements = polku_store_catalogue_list_requirements (store, unit_id, error)) == NULL)
    return NULL;

  scales->unit_choices = polku_level_choices_build (scales->unit, scales->levels, scales->criteria, NULL, NULL,
                                                    scales->language, &scales->kind);
  return g_steal_pointer (&scales);
}

PolkuUnitScales *
_polku_unit_scales_ref (PolkuUnitScales *scales)
{
  return g_rc_box_acquire (scales);
}

void
_polku_unit_scales_unref (PolkuUnitScales *scales)
{
  g_rc_box_release_full (scales, unit_scales_clear);
}

/* Auxiliary methods */

static void
derive (PolkuCompetence *self)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->record->task_titles->len; i++)
    {
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, g_ptr_array_index (self->record->task_titles, i));
    }

  g_free (self->tasks_text);
  self->tasks_text = g_string_free (text, FALSE);
}

static gboolean
edit (PolkuCompetence            *self,
      const PolkuCompetenceEdit  *edit,
      GError                    **error)
{
  g_autoptr(PolkuCompetenceRecord) fresh = NULL;

  if (!polku_store_edit_competence (self->store, self->record->learner_id, self->record->requirement_id,
                                    edit, error))
    return FALSE;

  /* The list reloads on the store's signal; an object on its own reads itself. */
  fresh = polku_store_get_competence (self->store, self->record->learner_id, self->record->requirement_id, error);
  if (fresh == NULL)
    return FALSE;

  _polku_competence_update (self, fresh);
  return TRUE;
}

static gboolean
edit_text (PolkuCompetence        *self,
           PolkuCompetenceFields   field,
           const char             *text,
           GError                **error)
{
  PolkuCompetenceEdit change = { 0 };

  change.fields = field;
  change.own_view = text;
  change.observation = text;
  change.shown_on = text;
  change.evidence = text;
  change.observed_by = text;
  return edit (self, &change, error);
}

/* GObject overrides */

static void
polku_competence_finalize (GObject *object)
{
  PolkuCompetence *self = (PolkuCompetence *)object;

  g_clear_pointer (&self->record, polku_competence_record_free);
  g_clear_pointer (&self->scales, _polku_unit_scales_unref);
  g_clear_object (&self->choices);
  g_clear_object (&self->store);
  g_free (self->tasks_text);

  G_OBJECT_CLASS (polku_competence_parent_class)->finalize (object);
}

static void
polku_competence_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PolkuCompetence *self = POLKU_COMPETENCE (object);
  const PolkuCompetenceRecord *r = self->record;

  switch (prop_id)
    {
    case PROP_REQUIREMENT_ID:
      g_value_set_int64 (value, r->requirement_id);
      break;
    case PROP_COMPETENCE_ID:
      g_value_set_int64 (value, r->competence_id);
      break;
    case PROP_RECORDED:
      g_value_set_boolean (value, r->competence_id != 0);
      break;
    case PROP_UNIT_ID:
      g_value_set_int64 (value, r->unit_id);
      break;
    case PROP_OSA_ALUE_ID:
      g_value_set_int64 (value, r->osa_alue_id);
      break;
    case PROP_OSA_ALUE_NAME:
      g_value_set_string (value, polku_competence_get_osa_alue_name (self));
      break;
    case PROP_OBJECTIVE_KIND:
      g_value_set_string (value, r->objective_kind);
      break;
    case PROP_KOHDEALUE:
      g_value_set_string (value, polku_competence_get_kohdealue (self));
      break;
    case PROP_TEXT:
      g_value_set_string (value, polku_competence_get_text (self));
      break;
    case PROP_CODE:
      g_value_set_string (value, polku_competence_get_code (self));
      break;
    case PROP_DEPTH:
      g_value_set_int (value, r->depth);
      break;
    case PROP_RETIRED:
      g_value_set_boolean (value, r->retired);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, r->status);
      break;
    case PROP_STATUS_LABEL:
      g_value_set_string (value, polku_competence_status_get_label (r->status));
      break;
    case PROP_LOCKED:
      g_value_set_boolean (value, r->status == POLKU_COMPETENCE_RECOGNISED);
      break;
    case PROP_OWN_VIEW:
      g_value_set_string (value, r->own_view);
      break;
    case PROP_OBSERVATION:
      g_value_set_string (value, r->observation);
      break;
    case PROP_LEVEL_ID:
      g_value_set_int (value, r->level_id);
      break;
    case PROP_LEVEL_LABEL:
      g_value_set_string (value, polku_competence_get_level_label (self));
      break;
    case PROP_SHOWN_ON:
      g_value_set_string (value, r->shown_on);
      break;
    case PROP_EVIDENCE:
      g_value_set_string (value, r->evidence);
      break;
    case PROP_OBSERVED_BY:
      g_value_set_string (value, r->observed_by);
      break;
    case PROP_N_TASKS:
      g_value_set_uint (value, r->task_ids->len);
      break;
    case PROP_TASKS_TEXT:
      g_value_set_string (value, self->tasks_text);
      break;
    case PROP_TEACHER_DECISION:
      g_value_set_enum (value, r->teacher_decision);
      break;
    case PROP_TEACHER_COMMENT:
      g_value_set_string (value, r->teacher_comment);
      break;
    case PROP_TEACHER_NAME:
      g_value_set_string (value, r->teacher_name);
      break;
    case PROP_DECIDED_ON:
      g_value_set_string (value, r->decided_on);
      break;
    case PROP_UPDATED_AT:
      g_value_set_string (value, r->updated_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define RO (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
polku_competence_class_init (PolkuCompetenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_competence_finalize;
  object_class->get_property = polku_competence_get_property;

  properties [PROP_REQUIREMENT_ID] = g_param_spec_int64 ("requirement-id", NULL, NULL, 0, G_MAXINT64, 0, RO);
  /* 0 while nothing has been recorded */
  properties [PROP_COMPETENCE_ID] = g_param_spec_int64 ("competence-id", NULL, NULL, 0, G_MAXINT64, 0, RO);
  properties [PROP_RECORDED] = g_param_spec_boolean ("recorded", NULL, NULL, FALSE, RO);
  properties [PROP_UNIT_ID] = g_param_spec_int64 ("unit-id", NULL, NULL, 0, G_MAXINT64, 0, RO);
  /* 0 for a requirement of the unit itself */
  properties [PROP_OSA_ALUE_ID] = g_param_spec_int64 ("osa-alue-id", NULL, NULL, 0, G_MAXINT64, 0, RO);
  properties [PROP_OSA_ALUE_NAME] = g_param_spec_string ("osa-alue-name", NULL, NULL, NULL, RO);
  /* pakollinen | valinnainen | NULL */
  properties [PROP_OBJECTIVE_KIND] = g_param_spec_string ("objective-kind", NULL, NULL, NULL, RO);
  properties [PROP_KOHDEALUE] = g_param_spec_string ("kohdealue", NULL, NULL, NULL, RO);
  /* The requirement's text in the language */
  properties [PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, RO);
  /* The national code's number, or NULL */
  properties [PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, RO);
  properties [PROP_DEPTH] = g_param_spec_int ("depth", NULL, NULL, 0, G_MAXINT, 0, RO);
  properties [PROP_RETIRED] = g_param_spec_boolean ("retired", NULL, NULL, FALSE, RO);
  properties [PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, POLKU_TYPE_COMPETENCE_STATUS, POLKU_COMPETENCE_NOT_STARTED, RO);
  properties [PROP_STATUS_LABEL] = g_param_spec_string ("status-label", NULL, NULL, NULL, RO);
  /* Recognised by the education provider: no more edits here */
  properties [PROP_LOCKED] = g_param_spec_boolean ("locked", NULL, NULL, FALSE, RO);
  /* The learner's own view */
  properties [PROP_OWN_VIEW] = g_param_spec_string ("own-view", NULL, NULL, NULL, RO);
  /* The coach's observation */
  properties [PROP_OBSERVATION] = g_param_spec_string ("observation", NULL, NULL, NULL, RO);
  /* A scale_level id, 0: none */
  properties [PROP_LEVEL_ID] = g_param_spec_int ("level-id", NULL, NULL, 0, G_MAXINT, 0, RO);
  /* The level's short label ("3", "H2", "Hyväksytty"), or NULL */
  properties [PROP_LEVEL_LABEL] = g_param_spec_string ("level-label", NULL, NULL, NULL, RO);
  properties [PROP_SHOWN_ON] = g_param_spec_string ("shown-on", NULL, NULL, NULL, RO);
  properties [PROP_EVIDENCE] = g_param_spec_string ("evidence", NULL, NULL, NULL, RO);
  properties [PROP_OBSERVED_BY] = g_param_spec_string ("observed-by", NULL, NULL, NULL, RO);
  properties [PROP_N_TASKS] = g_param_spec_uint ("n-tasks", NULL, NULL, 0, G_MAXUINT, 0, RO);
  /* The tasks that showed it, comma separated */
  properties [PROP_TASKS_TEXT] = g_param_spec_string ("tasks-text", NULL, NULL, NULL, RO);
  properties [PROP_TEACHER_DECISION] =
    g_param_spec_enum ("teacher-decision", NULL, NULL, POLKU_TYPE_TEACHER_DECISION, POLKU_TEACHER_DECISION_NONE, RO);
  properties [PROP_TEACHER_COMMENT] = g_param_spec_string ("teacher-comment", NULL, NULL, NULL, RO);
  properties [PROP_TEACHER_NAME] = g_param_spec_string ("teacher-name", NULL, NULL, NULL, RO);
  properties [PROP_DECIDED_ON] = g_param_spec_string ("decided-on", NULL, NULL, NULL, RO);
  properties [PROP_UPDATED_AT] = g_param_spec_string ("updated-at", NULL, NULL, NULL, RO);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_competence_init (PolkuCompetence *self)
{
}

/* Private API */

PolkuCompetence *
_polku_competence_new (PolkuStore                  *store,
                       const PolkuCompetenceRecord *record,
                       PolkuUnitScales             *scales)
{
  PolkuCompetence *self = g_object_new (POLKU_TYPE_COMPETENCE, NULL);

  self->store = g_object_ref (store);
  self->record = polku_competence_record_copy (record);
  self->scales = scales != NULL ? _polku_unit_scales_ref (scales) : NULL;
  derive (self);
  return self;
}

void
_polku_competence_set_scales (PolkuCompetence *self,
                              PolkuUnitScales *scales)
{
  PolkuSnapshot *snapshot;

  if (self->scales == scales)
    return;

  snapshot = _polku_snapshot_take (G_OBJECT (self), properties, N_PROPS);
  g_clear_pointer (&self->scales, _polku_unit_scales_unref);
  self->scales = scales != NULL ? _polku_unit_scales_ref (scales) : NULL;
  g_clear_object (&self->choices);
  _polku_snapshot_notify (snapshot);
}

void
_polku_competence_update (PolkuCompetence             *self,
                          const PolkuCompetenceRecord *record)
{
  PolkuSnapshot *snapshot;

  g_assert (POLKU_IS_COMPETENCE (self));
  g_assert (record->requirement_id == self->record->requirement_id);

  snapshot = _polku_snapshot_take (G_OBJECT (self), properties, N_PROPS);
  g_clear_pointer (&self->record, polku_competence_record_free);
  self->record = polku_competence_record_copy (record);
  derive (self);
  _polku_snapshot_notify (snapshot);
}

/* Public API */

PolkuStore *
polku_competence_get_store (PolkuCompetence *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), NULL);
  return self->store;
}

const PolkuCompetenceRecord *
polku_competence_get_record (PolkuCompetence *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), NULL);
  return self->record;
}

gint64
polku_competence_get_requirement_id (PolkuCompetence *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), 0);
  return self->record->requirement_id;
}

gint64
polku_competence_get_learner_id (PolkuCompetence *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), 0);
  return self->record->learner_id;
}

gint64
polku_competence_get_unit_id (PolkuCompetence *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), 0);
  return self->record->unit_id;
}

gboolean
polku_competence_get_recorded (PolkuCompetence *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), FALSE);
  return self->record->competence_id != 0;
}

static const char *
language (PolkuCompetence *self)
{
  return self->scales != NULL ? self->scales->language : "fi";
}

const char *
polku_competence_get_text (PolkuCompetence *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), NULL);
  return polku_catalogue_pick_text (self->record->text_fi, self->record->text_sv, language (self));
}

const char *
polku_competence_get_kohdealue (PolkuCompetence *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), NULL);
  return polku_catalogue_pick_text (self->record->kohdealue_fi, self->record->kohdealue_sv, language (self));
}

const char *
polku_competence_get_osa_alue_name (PolkuCompetence *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), NULL);
  return polku_catalogue_pick_text (self->record->osa_alue_nimi_fi, self->record->osa_alue_nimi_sv,
                                    language (self));
}

/* "ammattitaitovaatimukset_8005" → "8005" */
const char *
polku_competence_get_code (PolkuCompetence *self)
{
  const char *underscore;

  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), NULL);

  if (self->record->koodi_uri == NULL)
    return NULL;

  underscore = strrchr (self->record->koodi_uri, '_');
  return underscore != NULL && underscore[1] != '\0' ? underscore + 1 : self->record->koodi_uri;
}

PolkuCompetenceStatus
polku_competence_get_status (PolkuCompetence *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), POLKU_COMPETENCE_NOT_STARTED);
  return self->record->status;
}

const char *
polku_competence_get_status_label (PolkuCompetence *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), NULL);
  return polku_competence_status_get_label (self->record->status);
}

gboolean
polku_competence_get_locked (PolkuCompetence *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), FALSE);
  return self->record->status == POLKU_COMPETENCE_RECOGNISED;
}

const char *
polku_competence_get_own_view (PolkuCompetence *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), NULL);
  return self->record->own_view;
}

const char *
polku_competence_get_observation (PolkuCompetence *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), NULL);
  return self->record->observation;
}

int
polku_competence_get_level_id (PolkuCompetence *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), 0);
  return self->record->level_id;
}

const char *
polku_competence_get_level_label (PolkuCompetence *self)
{
  PolkuLevelChoice *choice;

  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), NULL);

  if (self->record->level_id == 0 || self->scales == NULL)
    return NULL;

  choice = polku_level_choices_find (G_LIST_MODEL (self->scales->unit_choices), self->record->level_id);
  return choice != NULL ? polku_level_choice_get_short_label (choice) : NULL;
}

const char *
polku_competence_get_shown_on (PolkuCompetence *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), NULL);
  return self->record->shown_on;
}

const char *
polku_competence_get_evidence (PolkuCompetence *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), NULL);
  return self->record->evidence;
}

const char *
polku_competence_get_observed_by (PolkuCompetence *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), NULL);
  return self->record->observed_by;
}

const char *
polku_competence_get_tasks_text (PolkuCompetence *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), NULL);
  return self->tasks_text;
}

/**
 * polku_competence_get_level_choices:
 *
 * The levels of the unit's scale with the criteria of each for this
 * requirement (its assessment area, or its osa-alue), built on first use.
 *
 * Returns: (transfer none): a #GListModel of #PolkuLevelChoice (empty when
 *   the unit has no scale)
 */
GListModel *
polku_competence_get_level_choices (PolkuCompetence *self)
{
  const PolkuRequirementRecord *requirement = NULL;

  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), NULL);

  if (self->choices != NULL)
    return G_LIST_MODEL (self->choices);

  if (self->scales == NULL)
    {
      self->choices = g_list_store_new (POLKU_TYPE_LEVEL_CHOICE);
      return G_LIST_MODEL (self->choices);
    }

  for (guint i = 0; i < self->scales->requirements->len; i++)
    {
      const PolkuRequirementRecord *r = g_ptr_array_index (self->scales->requirements, i);

      if (r->requirement_id == self->record->requirement_id)
        requirement = r;
    }

  self->choices = polku_level_choices_build (self->scales->unit, self->scales->levels, self->scales->criteria,
                                             self->scales->requirements, requirement, self->scales->language, NULL);
  return G_LIST_MODEL (self->choices);
}

/**
 * polku_competence_list_history:
 *
 * Returns: (transfer container) (element-type PolkuCompetenceHistoryRecord)
 */
GPtrArray *
polku_competence_list_history (PolkuCompetence  *self,
                               GError          **error)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), NULL);

  return polku_store_list_competence_history (self->store, self->record->learner_id,
                                              self->record->requirement_id, error);
}

/* Whether the status may move there (polku_competence_status_can_change). */
gboolean
polku_competence_can_set_status (PolkuCompetence       *self,
                                 PolkuCompetenceStatus  status)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), FALSE);
  return polku_competence_status_can_change (self->record->status, status);
}

/**
 * polku_competence_set_status:
 *
 * Moves the status as polku_competence_status_can_change() allows; reaching
 * identified sets the date to today when none was given.
 */
gboolean
polku_competence_set_status (PolkuCompetence        *self,
                             PolkuCompetenceStatus   status,
                             GError                **error)
{
  PolkuCompetenceEdit change = { 0 };

  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), FALSE);

  change.fields = POLKU_COMPETENCE_FIELD_STATUS;
  change.status = status;
  return edit (self, &change, error);
}

/**
 * polku_competence_set_level:
 * @level_id: a level of polku_competence_get_level_choices(), or 0 for none
 */
gboolean
polku_competence_set_level (PolkuCompetence  *self,
                            int               level_id,
                            GError          **error)
{
  PolkuCompetenceEdit change = { 0 };

  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), FALSE);

  change.fields = POLKU_COMPETENCE_FIELD_LEVEL;
  change.level_id = level_id;
  return edit (self, &change, error);
}

gboolean
polku_competence_set_own_view (PolkuCompetence  *self,
                               const char       *own_view,
                               GError          **error)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), FALSE);
  return edit_text (self, POLKU_COMPETENCE_FIELD_OWN_VIEW, own_view, error);
}

gboolean
polku_competence_set_observation (PolkuCompetence  *self,
                                  const char       *observation,
                                  GError          **error)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), FALSE);
  return edit_text (self, POLKU_COMPETENCE_FIELD_OBSERVATION, observation, error);
}

gboolean
polku_competence_set_shown_on (PolkuCompetence  *self,
                               const char       *shown_on,
                               GError          **error)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), FALSE);
  return edit_text (self, POLKU_COMPETENCE_FIELD_SHOWN_ON, shown_on, error);
}

gboolean
polku_competence_set_evidence (PolkuCompetence  *self,
                               const char       *evidence,
                               GError          **error)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), FALSE);
  return edit_text (self, POLKU_COMPETENCE_FIELD_EVIDENCE, evidence, error);
}

gboolean
polku_competence_set_observed_by (PolkuCompetence  *self,
                                  const char       *observed_by,
                                  GError          **error)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), FALSE);
  return edit_text (self, POLKU_COMPETENCE_FIELD_OBSERVED_BY, observed_by, error);
}

/**
 * polku_competence_set_tasks:
 * @task_ids: (array length=n_task_ids): the tasks through which it was shown
 */
gboolean
polku_competence_set_tasks (PolkuCompetence  *self,
                            const gint64     *task_ids,
                            guint             n_task_ids,
                            GError          **error)
{
  PolkuCompetenceEdit change = { 0 };

  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), FALSE);

  change.fields = POLKU_COMPETENCE_FIELD_TASKS;
  change.task_ids = task_ids;
  change.n_task_ids = n_task_ids;
  return edit (self, &change, error);
}

/**
 * polku_competence_apply:
 *
 * Saves several fields at once (one transaction): what edit->fields names.
 */
gboolean
polku_competence_apply (PolkuCompetence            *self,
                        const PolkuCompetenceEdit  *change,
                        GError                    **error)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE (self), FALSE);
  g_return_val_if_fail (change != NULL, FALSE);

  return edit (self, change, error);
}
