/* polku-plan-unit.c: one unit chosen in a pathway plan, with where its credits
 * count, its planned period and tasks, and the learner's progress in it.
 *
 * Objects come from PolkuPlan, which keeps them up to date. Setters save at
 * once; the plan then reloads and updates this object.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-plan-unit"

#include "config.h"

#include <string.h>

#include "polku-catalogue-format.h"
#include "polku-learner-model-private.h"
#include "polku-model-record-private.h"
#include "polku-model-snapshot-private.h"

struct _PolkuPlanUnit
{
  GObject                  parent_instance;

  /* Owned */
  PolkuStore              *store;
  PolkuPlanUnitRecord     *record;
  PolkuUnitProgressRecord  progress;
  char                    *counted_in;
  double                   credits;
  gboolean                 mandatory;
  char                    *tasks_text;
  char                    *language;
};

G_DEFINE_FINAL_TYPE (PolkuPlanUnit, polku_plan_unit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UNIT_ID,
  PROP_CODE,
  PROP_NAME,
  PROP_CREDITS,
  PROP_CREDITS_OVERRIDE,
  PROP_GROUP_PATH,
  PROP_COUNTED_IN,
  PROP_IN_STRUCTURE,
  PROP_MANDATORY,
  PROP_STARTS_ON,
  PROP_ENDS_ON,
  PROP_DEVIATIONS,
  PROP_NOTE,
  PROP_POSITION,
  PROP_RETIRED,
  PROP_SCALE_ID,
  PROP_N_TOTAL,
  PROP_N_PRACTISING,
  PROP_N_IDENTIFIED,
  PROP_N_DEMONSTRATED,
  PROP_N_RECOGNISED,
  PROP_FRACTION,
  PROP_COMPLETE,
  PROP_N_TASKS,
  PROP_TASKS_TEXT,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static void
derive (PolkuPlanUnit *self)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->record->tasks->len; i++)
    {
      PolkuPlannedTaskRecord *task = g_ptr_array_index (self->record->tasks, i);

      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, task->title);
    }

  g_free (self->tasks_text);
  self->tasks_text = g_string_free (text, FALSE);
}

static gboolean
save (PolkuPlanUnit        *self,
      PolkuPlanUnitRecord  *changed,
      GError              **error)
{
  return polku_store_update_plan_unit (self->store, changed, error);
}

/* GObject overrides */

static void
polku_plan_unit_finalize (GObject *object)
{
  PolkuPlanUnit *self = (PolkuPlanUnit *)object;

  g_clear_pointer (&self->record, polku_plan_unit_record_free);
  g_clear_object (&self->store);
  g_free (self->counted_in);
  g_free (self->tasks_text);
  g_free (self->language);

  G_OBJECT_CLASS (polku_plan_unit_parent_class)->finalize (object);
}

static void
polku_plan_unit_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PolkuPlanUnit *self = POLKU_PLAN_UNIT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->record->plan_unit_id);
      break;
    case PROP_UNIT_ID:
      g_value_set_int64 (value, self->record->unit_id);
      break;
    case PROP_CODE:
      g_value_set_string (value, polku_plan_unit_get_code (self));
      break;
    case PROP_NAME:
      g_value_set_string (value, polku_plan_unit_get_name (self));
      break;
    case PROP_CREDITS:
      g_value_set_double (value, self->credits);
      break;
    case PROP_CREDITS_OVERRIDE:
      g_value_set_double (value, self->record->credits);
      break;
    case PROP_GROUP_PATH:
      g_value_set_string (value, self->record->group_path);
      break;
    case PROP_COUNTED_IN:
      g_value_set_string (value, self->counted_in);
      break;
    case PROP_IN_STRUCTURE:
      g_value_set_boolean (value, self->counted_in != NULL);
      break;
    case PROP_MANDATORY:
      g_value_set_boolean (value, self->mandatory);
      break;
    case PROP_STARTS_ON:
      g_value_set_string (value, self->record->starts_on);
      break;
    case PROP_ENDS_ON:
      g_value_set_string (value, self->record->ends_on);
      break;
    case PROP_DEVIATIONS:
      g_value_set_string (value, self->record->deviations);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->record->note);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->record->ord);
      break;
    case PROP_RETIRED:
      g_value_set_boolean (value, self->record->retired);
      break;
    case PROP_SCALE_ID:
      g_value_set_int (value, self->record->scale_id);
      break;
    case PROP_N_TOTAL:
      g_value_set_uint (value, self->progress.n_total);
      break;
    case PROP_N_PRACTISING:
      g_value_set_uint (value, self->progress.n_practising);
      break;
    case PROP_N_IDENTIFIED:
      g_value_set_uint (value, self->progress.n_identified);
      break;
    case PROP_N_DEMONSTRATED:
      g_value_set_uint (value, self->progress.n_demonstrated);
      break;
    case PROP_N_RECOGNISED:
      g_value_set_uint (value, self->progress.n_recognised);
      break;
    case PROP_FRACTION:
      g_value_set_double (value, polku_plan_unit_get_fraction (self));
      break;
    case PROP_COMPLETE:
      g_value_set_boolean (value, self->progress.complete);
      break;
    case PROP_N_TASKS:
      g_value_set_uint (value, self->record->tasks->len);
      break;
    case PROP_TASKS_TEXT:
      g_value_set_string (value, self->tasks_text);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_plan_unit_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_LANGUAGE:
      polku_plan_unit_set_language (POLKU_PLAN_UNIT (object), g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define RO (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
polku_plan_unit_class_init (PolkuPlanUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_plan_unit_finalize;
  object_class->get_property = polku_plan_unit_get_property;
  object_class->set_property = polku_plan_unit_set_property;

  /* The plan_unit_id */
  properties [PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, RO);
  properties [PROP_UNIT_ID] = g_param_spec_int64 ("unit-id", NULL, NULL, 0, G_MAXINT64, 0, RO);
  /* The unit's code ("106945") */
  properties [PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, RO);
  properties [PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, RO);
  /* The credits counted for the unit in the plan, < 0 when not known */
  properties [PROP_CREDITS] = g_param_spec_double ("credits", NULL, NULL, -1, G_MAXDOUBLE, -1, RO);
  /* Credits the plan sets for the unit, < 0: the structure's */
  properties [PROP_CREDITS_OVERRIDE] = g_param_spec_double ("credits-override", NULL, NULL, -1, G_MAXDOUBLE, -1, RO);
  /* The structure group the plan puts the unit in, or NULL */
  properties [PROP_GROUP_PATH] = g_param_spec_string ("group-path", NULL, NULL, NULL, RO);
  /* The structure group its credits count in, or NULL when outside the structure */
  properties [PROP_COUNTED_IN] = g_param_spec_string ("counted-in", NULL, NULL, NULL, RO);
  properties [PROP_IN_STRUCTURE] = g_param_spec_boolean ("in-structure", NULL, NULL, FALSE, RO);
  /* Whether the structure makes it mandatory where it counts */
  properties [PROP_MANDATORY] = g_param_spec_boolean ("mandatory", NULL, NULL, FALSE, RO);
  properties [PROP_STARTS_ON] = g_param_spec_string ("starts-on", NULL, NULL, NULL, RO);
  properties [PROP_ENDS_ON] = g_param_spec_string ("ends-on", NULL, NULL, NULL, RO);
  /* Deviations from the requirements (vaatimuksista poikkeaminen) */
  properties [PROP_DEVIATIONS] = g_param_spec_string ("deviations", NULL, NULL, NULL, RO);
  properties [PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, RO);
  properties [PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, RO);
  /* The unit left the catalogue on a re-import */
  properties [PROP_RETIRED] = g_param_spec_boolean ("retired", NULL, NULL, FALSE, RO);
  properties [PROP_SCALE_ID] = g_param_spec_int ("scale-id", NULL, NULL, 0, G_MAXINT, 0, RO);
  /* Requirements counted for progress */
  properties [PROP_N_TOTAL] = g_param_spec_uint ("n-total", NULL, NULL, 0, G_MAXUINT, 0, RO);
  properties [PROP_N_PRACTISING] = g_param_spec_uint ("n-practising", NULL, NULL, 0, G_MAXUINT, 0, RO);
  /* Identified at the workshop, or further */
  properties [PROP_N_IDENTIFIED] = g_param_spec_uint ("n-identified", NULL, NULL, 0, G_MAXUINT, 0, RO);
  properties [PROP_N_DEMONSTRATED] = g_param_spec_uint ("n-demonstrated", NULL, NULL, 0, G_MAXUINT, 0, RO);
  properties [PROP_N_RECOGNISED] = g_param_spec_uint ("n-recognised", NULL, NULL, 0, G_MAXUINT, 0, RO);
  /* n-identified / n-total */
  properties [PROP_FRACTION] = g_param_spec_double ("fraction", NULL, NULL, 0, 1, 0, RO);
  /* Every requirement identified (or further): the credits count */
  properties [PROP_COMPLETE] = g_param_spec_boolean ("complete", NULL, NULL, FALSE, RO);
  properties [PROP_N_TASKS] = g_param_spec_uint ("n-tasks", NULL, NULL, 0, G_MAXUINT, 0, RO);
  /* The planned tasks' titles, comma separated */
  properties [PROP_TASKS_TEXT] = g_param_spec_string ("tasks-text", NULL, NULL, NULL, RO);
  properties [PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, "fi",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_plan_unit_init (PolkuPlanUnit *self)
{
  self->language = g_strdup ("fi");
  self->credits = -1;
}

/* Private API */

static void
apply (PolkuPlanUnit                  *self,
       const PolkuPlanUnitRecord      *record,
       const PolkuUnitProgressRecord  *progress,
       const PolkuCreditPlacement     *placement)
{
  g_clear_pointer (&self->record, polku_plan_unit_record_free);
  self->record = polku_plan_unit_record_copy (record);

  if (progress != NULL)
    self->progress = *progress;
  else
    memset (&self->progress, 0, sizeof self->progress);
  self->progress.unit_id = record->unit_id;

  g_free (self->counted_in);
  self->counted_in = placement != NULL ? g_strdup (placement->group_path) : NULL;
  self->mandatory = placement != NULL && placement->mandatory;
  if (placement != NULL)
    self->credits = placement->credits;
  else
    self->credits = record->credits >= 0 ? record->credits : record->unit_credits;

  derive (self);
}

PolkuPlanUnit *
_polku_plan_unit_new (PolkuStore                     *store,
                      const PolkuPlanUnitRecord      *record,
                      const PolkuUnitProgressRecord  *progress,
                      const PolkuCreditPlacement     *placement,
                      const char                     *language)
{
  PolkuPlanUnit *self = g_object_new (POLKU_TYPE_PLAN_UNIT, NULL);

  self->store = g_object_ref (store);
  _polku_set_string (&self->language, language != NULL ? language : "fi");
  apply (self, record, progress, placement);
  return self;
}

void
_polku_plan_unit_update (PolkuPlanUnit                  *self,
                         const PolkuPlanUnitRecord      *record,
                         const PolkuUnitProgressRecord  *progress,
                         const PolkuCreditPlacement     *placement)
{
  PolkuSnapshot *snapshot;

  g_assert (POLKU_IS_PLAN_UNIT (self));
  g_assert (record->plan_unit_id == self->record->plan_unit_id);

  snapshot = _polku_snapshot_take (G_OBJECT (self), properties, N_PROPS);
  apply (self, record, progress, placement);
  _polku_snapshot_notify (snapshot);
}

/* Public API */

PolkuStore *
polku_plan_unit_get_store (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), NULL);
  return self->store;
}

const PolkuPlanUnitRecord *
polku_plan_unit_get_record (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), NULL);
  return self->record;
}

gint64
polku_plan_unit_get_id (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), 0);
  return self->record->plan_unit_id;
}

gint64
polku_plan_unit_get_unit_id (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), 0);
  return self->record->unit_id;
}

gint64
polku_plan_unit_get_learner_id (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), 0);
  return self->record->learner_id;
}

const char *
polku_plan_unit_get_code (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), NULL);
  return self->record->koodi_arvo != NULL ? self->record->koodi_arvo : self->record->koodi_uri;
}

const char *
polku_plan_unit_get_name (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), NULL);
  return polku_catalogue_pick_text (self->record->nimi_fi, self->record->nimi_sv, self->language);
}

/* The credits the unit counts for in the plan; < 0 when not known. */
double
polku_plan_unit_get_credits (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), -1);
  return self->credits;
}

double
polku_plan_unit_get_credits_override (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), -1);
  return self->record->credits;
}

const char *
polku_plan_unit_get_group_path (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), NULL);
  return self->record->group_path;
}

const char *
polku_plan_unit_get_counted_in (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), NULL);
  return self->counted_in;
}

gboolean
polku_plan_unit_get_mandatory (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), FALSE);
  return self->mandatory;
}

gboolean
polku_plan_unit_get_in_structure (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), FALSE);
  return self->counted_in != NULL;
}

const char *
polku_plan_unit_get_starts_on (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), NULL);
  return self->record->starts_on;
}

const char *
polku_plan_unit_get_ends_on (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), NULL);
  return self->record->ends_on;
}

const char *
polku_plan_unit_get_deviations (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), NULL);
  return self->record->deviations;
}

const char *
polku_plan_unit_get_note (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), NULL);
  return self->record->note;
}

int
polku_plan_unit_get_position (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), 0);
  return self->record->ord;
}

gboolean
polku_plan_unit_get_retired (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), FALSE);
  return self->record->retired;
}

int
polku_plan_unit_get_scale_id (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), 0);
  return self->record->scale_id;
}

guint
polku_plan_unit_get_n_total (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), 0);
  return self->progress.n_total;
}

guint
polku_plan_unit_get_n_identified (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), 0);
  return self->progress.n_identified;
}

double
polku_plan_unit_get_fraction (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), 0);

  if (self->progress.n_total == 0)
    return 0;

  return (double) self->progress.n_identified / self->progress.n_total;
}

gboolean
polku_plan_unit_get_complete (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), FALSE);
  return self->progress.complete;
}

const PolkuUnitProgressRecord *
polku_plan_unit_get_progress (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), NULL);
  return &self->progress;
}

/**
 * polku_plan_unit_get_tasks:
 *
 * Returns: (transfer none) (element-type PolkuPlannedTaskRecord): the planned tasks
 */
GPtrArray *
polku_plan_unit_get_tasks (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), NULL);
  return self->record->tasks;
}

const char *
polku_plan_unit_get_tasks_text (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), NULL);
  return self->tasks_text;
}

/**
 * polku_plan_unit_get_osa_alue_ids:
 *
 * Returns: (transfer none) (element-type gint64): the chosen osa-alueet (none: all)
 */
GArray *
polku_plan_unit_get_osa_alue_ids (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), NULL);
  return self->record->osa_alue_ids;
}

const char *
polku_plan_unit_get_language (PolkuPlanUnit *self)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), NULL);
  return self->language;
}

void
polku_plan_unit_set_language (PolkuPlanUnit *self,
                              const char    *language)
{
  g_return_if_fail (POLKU_IS_PLAN_UNIT (self));

  if (!_polku_set_string (&self->language, language != NULL ? language : "fi"))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LANGUAGE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
}

/**
 * polku_plan_unit_set_period:
 * @starts_on: (nullable): ISO date
 * @ends_on: (nullable): ISO date, not before @starts_on
 *
 * Saves the period in which the unit is planned to be practised.
 */
gboolean
polku_plan_unit_set_period (PolkuPlanUnit  *self,
                            const char     *starts_on,
                            const char     *ends_on,
                            GError        **error)
{
  g_autoptr(PolkuPlanUnitRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), FALSE);

  changed = polku_plan_unit_record_copy (self->record);
  _polku_set_string (&changed->starts_on, starts_on);
  _polku_set_string (&changed->ends_on, ends_on);
  return save (self, changed, error);
}

/**
 * polku_plan_unit_set_credits_override:
 * @credits: the credits to count, or < 0 for the structure's
 */
gboolean
polku_plan_unit_set_credits_override (PolkuPlanUnit  *self,
                                      double          credits,
                                      GError        **error)
{
  g_autoptr(PolkuPlanUnitRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), FALSE);

  changed = polku_plan_unit_record_copy (self->record);
  changed->credits = credits >= 0 ? credits : -1;
  return save (self, changed, error);
}

/**
 * polku_plan_unit_set_group_path:
 * @group_path: (nullable): a group of the plan's structure (for a unit from
 *   elsewhere, e.g. "Tutkinnon osa toisesta ammatillisesta perustutkinnosta"),
 *   or %NULL for where the structure has the unit
 */
gboolean
polku_plan_unit_set_group_path (PolkuPlanUnit  *self,
                                const char     *group_path,
                                GError        **error)
{
  g_autoptr(PolkuPlanUnitRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), FALSE);

  changed = polku_plan_unit_record_copy (self->record);
  _polku_set_string (&changed->group_path, group_path);
  return save (self, changed, error);
}

gboolean
polku_plan_unit_set_deviations (PolkuPlanUnit  *self,
                                const char     *deviations,
                                GError        **error)
{
  g_autoptr(PolkuPlanUnitRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), FALSE);

  changed = polku_plan_unit_record_copy (self->record);
  _polku_set_string (&changed->deviations, deviations);
  return save (self, changed, error);
}

gboolean
polku_plan_unit_set_note (PolkuPlanUnit  *self,
                          const char     *note,
                          GError        **error)
{
  g_autoptr(PolkuPlanUnitRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), FALSE);

  changed = polku_plan_unit_record_copy (self->record);
  _polku_set_string (&changed->note, note);
  return save (self, changed, error);
}

/**
 * polku_plan_unit_set_tasks:
 * @task_ids: (array length=n_task_ids): the tasks, in order
 */
gboolean
polku_plan_unit_set_tasks (PolkuPlanUnit  *self,
                           const gint64   *task_ids,
                           guint           n_task_ids,
                           GError        **error)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), FALSE);

  return polku_store_set_plan_unit_tasks (self->store, self->record->plan_unit_id, task_ids, n_task_ids, error);
}

gboolean
polku_plan_unit_add_task (PolkuPlanUnit  *self,
                          gint64          task_id,
                          GError        **error)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), FALSE);

  return polku_store_add_plan_unit_task (self->store, self->record->plan_unit_id, task_id, error);
}

gboolean
polku_plan_unit_remove_task (PolkuPlanUnit  *self,
                             gint64          task_id,
                             GError        **error)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), FALSE);

  return polku_store_remove_plan_unit_task (self->store, self->record->plan_unit_id, task_id, error);
}

/**
 * polku_plan_unit_set_osa_alueet:
 * @osa_alue_ids: (array length=n_osa_alue_ids): the chosen osa-alueet of a
 *   common unit; none: all of them
 */
gboolean
polku_plan_unit_set_osa_alueet (PolkuPlanUnit  *self,
                                const gint64   *osa_alue_ids,
                                guint           n_osa_alue_ids,
                                GError        **error)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), FALSE);

  return polku_store_set_plan_unit_osa_alueet (self->store, self->record->plan_unit_id,
                                               osa_alue_ids, n_osa_alue_ids, error);
}

/**
 * polku_plan_unit_suggest_tasks:
 * @workshop_id: the workshop (usually the learner's), or 0 for all
 *
 * Returns: (transfer full): the tasks covering the unit's requirements and
 *   what no task covers (polku_store_suggest_tasks())
 */
PolkuTaskSuggestionRecord *
polku_plan_unit_suggest_tasks (PolkuPlanUnit  *self,
                               gint64          workshop_id,
                               GError        **error)
{
  g_return_val_if_fail (POLKU_IS_PLAN_UNIT (self), NULL);

  return polku_store_suggest_tasks (self->store, workshop_id, self->record->unit_id,
                                    self->record->learner_id, error);
}
