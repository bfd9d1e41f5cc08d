/* polku-coverage-row.c: one requirement in a coverage, with the tasks that
 * cover it (a row of the coverage matrix).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-coverage-row"

#include "config.h"

#include "polku-catalogue-format.h"
#include "polku-coverage-private.h"
#include "polku-model-record-private.h"

struct _PolkuCoverageRow
{
  GObject                 parent_instance;

  /* Owned */
  PolkuCoverageRowRecord *record;
  char                   *unit_code;
  char                   *unit_name_fi;
  char                   *unit_name_sv;
  char                   *language;
};

G_DEFINE_FINAL_TYPE (PolkuCoverageRow, polku_coverage_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REQUIREMENT_ID,
  PROP_UNIT_ID,
  PROP_UNIT_CODE,
  PROP_UNIT_NAME,
  PROP_TEXT,
  PROP_KOHDEALUE,
  PROP_OSA_ALUE_NAME,
  PROP_KOODI_URI,
  PROP_DEPTH,
  PROP_COVERED,
  PROP_N_TASKS,
  PROP_TASKS_TEXT,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static gpointer
copy_task (gconstpointer src,
           gpointer      data)
{
  const PolkuCoveringTaskRecord *task = src;
  PolkuCoveringTaskRecord *copy = g_memdup2 (task, sizeof *task);

  copy->title = g_strdup (task->title);
  return copy;
}

static PolkuCoverageRowRecord *
row_record_copy (const PolkuCoverageRowRecord *record)
{
  PolkuCoverageRowRecord *copy = g_memdup2 (record, sizeof *record);

  copy->osa_alue_nimi_fi = g_strdup (record->osa_alue_nimi_fi);
  copy->osa_alue_nimi_sv = g_strdup (record->osa_alue_nimi_sv);
  copy->objective_kind = g_strdup (record->objective_kind);
  copy->kohdealue_fi = g_strdup (record->kohdealue_fi);
  copy->kohdealue_sv = g_strdup (record->kohdealue_sv);
  copy->text_fi = g_strdup (record->text_fi);
  copy->text_sv = g_strdup (record->text_sv);
  copy->koodi_uri = g_strdup (record->koodi_uri);
  copy->tasks = g_ptr_array_copy (record->tasks, copy_task, NULL);
  g_ptr_array_set_free_func (copy->tasks, (GDestroyNotify) polku_covering_task_record_free);
  return copy;
}

static gboolean
same_tasks (const PolkuCoverageRowRecord *a,
            const PolkuCoverageRowRecord *b)
{
  if (a->tasks->len != b->tasks->len)
    return FALSE;

  for (guint i = 0; i < a->tasks->len; i++)
    {
      const PolkuCoveringTaskRecord *ta = g_ptr_array_index (a->tasks, i);
      const PolkuCoveringTaskRecord *tb = g_ptr_array_index (b->tasks, i);

      if (ta->task_id != tb->task_id || ta->by_code != tb->by_code || g_strcmp0 (ta->title, tb->title) != 0)
        return FALSE;
    }

  return TRUE;
}

/* GObject overrides */

static void
polku_coverage_row_finalize (GObject *object)
{
  PolkuCoverageRow *self = (PolkuCoverageRow *)object;

  g_clear_pointer (&self->record, polku_coverage_row_record_free);
  g_clear_pointer (&self->unit_code, g_free);
  g_clear_pointer (&self->unit_name_fi, g_free);
  g_clear_pointer (&self->unit_name_sv, g_free);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (polku_coverage_row_parent_class)->finalize (object);
}

static void
polku_coverage_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PolkuCoverageRow *self = POLKU_COVERAGE_ROW (object);

  switch (prop_id)
    {
    case PROP_REQUIREMENT_ID:
      g_value_set_int64 (value, self->record->requirement_id);
      break;

    case PROP_UNIT_ID:
      g_value_set_int64 (value, self->record->unit_id);
      break;

    case PROP_UNIT_CODE:
      g_value_set_string (value, self->unit_code);
      break;

    case PROP_UNIT_NAME:
      g_value_set_string (value, polku_coverage_row_get_unit_name (self));
      break;

    case PROP_TEXT:
      g_value_set_string (value, polku_coverage_row_get_text (self));
      break;

    case PROP_KOHDEALUE:
      g_value_set_string (value, polku_coverage_row_get_kohdealue (self));
      break;

    case PROP_OSA_ALUE_NAME:
      g_value_set_string (value, polku_coverage_row_get_osa_alue_name (self));
      break;

    case PROP_KOODI_URI:
      g_value_set_string (value, self->record->koodi_uri);
      break;

    case PROP_DEPTH:
      g_value_set_int (value, self->record->depth);
      break;

    case PROP_COVERED:
      g_value_set_boolean (value, polku_coverage_row_get_covered (self));
      break;

    case PROP_N_TASKS:
      g_value_set_uint (value, self->record->tasks->len);
      break;

    case PROP_TASKS_TEXT:
      g_value_take_string (value, polku_coverage_row_dup_tasks_text (self));
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_coverage_row_class_init (PolkuCoverageRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = polku_coverage_row_finalize;
  object_class->get_property = polku_coverage_row_get_property;

  properties [PROP_REQUIREMENT_ID] =
    g_param_spec_int64 ("requirement-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_UNIT_ID] =
    g_param_spec_int64 ("unit-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /* The unit's code number, e.g. "105429" */
  properties [PROP_UNIT_CODE] =
    g_param_spec_string ("unit-code", NULL, NULL, NULL, flags);
  properties [PROP_UNIT_NAME] =
    g_param_spec_string ("unit-name", NULL, NULL, NULL, flags);
  properties [PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties [PROP_KOHDEALUE] =
    g_param_spec_string ("kohdealue", NULL, NULL, NULL, flags);
  /* Common units: the osa-alue the objective belongs to */
  properties [PROP_OSA_ALUE_NAME] =
    g_param_spec_string ("osa-alue-name", NULL, NULL, NULL, flags);
  properties [PROP_KOODI_URI] =
    g_param_spec_string ("koodi-uri", NULL, NULL, NULL, flags);
  /* 0, or 1 for a sub-item */
  properties [PROP_DEPTH] =
    g_param_spec_int ("depth", NULL, NULL, 0, G_MAXINT, 0, flags);
  /* Whether an active task covers it */
  properties [PROP_COVERED] =
    g_param_spec_boolean ("covered", NULL, NULL, FALSE, flags);
  properties [PROP_N_TASKS] =
    g_param_spec_uint ("n-tasks", NULL, NULL, 0, G_MAXUINT, 0, flags);
  /* The covering tasks' titles on one line */
  properties [PROP_TASKS_TEXT] =
    g_param_spec_string ("tasks-text", NULL, NULL, NULL, flags);
  properties [PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, "fi", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_coverage_row_init (PolkuCoverageRow *self)
{
  self->language = g_strdup ("fi");
}

/* Private API */

PolkuCoverageRow *
_polku_coverage_row_new (const PolkuCoverageRowRecord  *record,
                         const PolkuUnitCoverageRecord *unit,
                         const char                    *language)
{
  PolkuCoverageRow *self = g_object_new (POLKU_TYPE_COVERAGE_ROW, NULL);

  self->record = row_record_copy (record);
  self->unit_code = g_strdup (unit->koodi_arvo);
  self->unit_name_fi = g_strdup (unit->nimi_fi);
  self->unit_name_sv = g_strdup (unit->nimi_sv);
  _polku_set_string (&self->language, language);
  return self;
}

/* Same requirement, newer figures: only the covering tasks and texts can differ. */
void
_polku_coverage_row_update (PolkuCoverageRow             *self,
                            const PolkuCoverageRowRecord *record)
{
  g_autoptr(PolkuCoverageRowRecord) old = g_steal_pointer (&self->record);

  g_assert (old->requirement_id == record->requirement_id);

  self->record = row_record_copy (record);

  g_object_freeze_notify (G_OBJECT (self));
  if (!same_tasks (old, self->record))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TASKS_TEXT]);
      if (old->tasks->len != self->record->tasks->len)
        g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_TASKS]);
      if ((old->tasks->len > 0) != (self->record->tasks->len > 0))
        g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COVERED]);
    }
  if (g_strcmp0 (old->text_fi, record->text_fi) != 0 || g_strcmp0 (old->text_sv, record->text_sv) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TEXT]);
  if (g_strcmp0 (old->kohdealue_fi, record->kohdealue_fi) != 0 ||
      g_strcmp0 (old->kohdealue_sv, record->kohdealue_sv) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KOHDEALUE]);
  if (g_strcmp0 (old->koodi_uri, record->koodi_uri) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KOODI_URI]);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Public API */

const PolkuCoverageRowRecord *
polku_coverage_row_get_record (PolkuCoverageRow *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_ROW (self), NULL);

  return self->record;
}

gint64
polku_coverage_row_get_requirement_id (PolkuCoverageRow *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_ROW (self), 0);

  return self->record->requirement_id;
}

gint64
polku_coverage_row_get_unit_id (PolkuCoverageRow *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_ROW (self), 0);

  return self->record->unit_id;
}

const char *
polku_coverage_row_get_unit_code (PolkuCoverageRow *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_ROW (self), NULL);

  return self->unit_code;
}

const char *
polku_coverage_row_get_unit_name (PolkuCoverageRow *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_ROW (self), NULL);

  return polku_catalogue_pick_text (self->unit_name_fi, self->unit_name_sv, self->language);
}

const char *
polku_coverage_row_get_text (PolkuCoverageRow *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_ROW (self), NULL);

  return polku_catalogue_pick_text (self->record->text_fi, self->record->text_sv, self->language);
}

const char *
polku_coverage_row_get_kohdealue (PolkuCoverageRow *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_ROW (self), NULL);

  return polku_catalogue_pick_text (self->record->kohdealue_fi, self->record->kohdealue_sv, self->language);
}

const char *
polku_coverage_row_get_osa_alue_name (PolkuCoverageRow *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_ROW (self), NULL);

  return polku_catalogue_pick_text (self->record->osa_alue_nimi_fi, self->record->osa_alue_nimi_sv,
                                    self->language);
}

const char *
polku_coverage_row_get_koodi_uri (PolkuCoverageRow *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_ROW (self), NULL);

  return self->record->koodi_uri;
}

gboolean
polku_coverage_row_get_covered (PolkuCoverageRow *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_ROW (self), FALSE);

  return self->record->tasks->len > 0;
}

guint
polku_coverage_row_get_n_tasks (PolkuCoverageRow *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_ROW (self), 0);

  return self->record->tasks->len;
}

/**
 * polku_coverage_row_get_tasks:
 *
 * Returns: (transfer none) (element-type PolkuCoveringTaskRecord): the active
 *   tasks that cover the requirement, in workshop and task order
 */
const GPtrArray *
polku_coverage_row_get_tasks (PolkuCoverageRow *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_ROW (self), NULL);

  return self->record->tasks;
}

/**
 * polku_coverage_row_dup_tasks_text:
 *
 * Returns: (transfer full) (nullable): the covering tasks' titles, comma separated
 */
char *
polku_coverage_row_dup_tasks_text (PolkuCoverageRow *self)
{
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (POLKU_IS_COVERAGE_ROW (self), NULL);

  if (self->record->tasks->len == 0)
    return NULL;

  text = g_string_new (NULL);
  for (guint i = 0; i < self->record->tasks->len; i++)
    {
      const PolkuCoveringTaskRecord *task = g_ptr_array_index (self->record->tasks, i);

      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, task->title);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * polku_coverage_row_has_task:
 * @out_by_code: (out) (optional): whether it covers through a code mapping
 *
 * Returns: whether the task covers the requirement (a cell of the matrix)
 */
gboolean
polku_coverage_row_has_task (PolkuCoverageRow *self,
                             gint64            task_id,
                             gboolean         *out_by_code)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_ROW (self), FALSE);

  for (guint i = 0; i < self->record->tasks->len; i++)
    {
      const PolkuCoveringTaskRecord *task = g_ptr_array_index (self->record->tasks, i);

      if (task->task_id == task_id)
        {
          if (out_by_code != NULL)
            *out_by_code = task->by_code;
          return TRUE;
        }
    }

  if (out_by_code != NULL)
    *out_by_code = FALSE;
  return FALSE;
}

const char *
polku_coverage_row_get_language (PolkuCoverageRow *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_ROW (self), NULL);

  return self->language;
}

void
polku_coverage_row_set_language (PolkuCoverageRow *self,
                                 const char       *language)
{
  g_return_if_fail (POLKU_IS_COVERAGE_ROW (self));

  if (!_polku_set_string (&self->language, language != NULL ? language : "fi"))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TEXT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KOHDEALUE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_OSA_ALUE_NAME]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_UNIT_NAME]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LANGUAGE]);
  g_object_thaw_notify (G_OBJECT (self));
}
