/* polku-task.c: a real work task (työtehtävä) of a workshop, mirroring its row.
 *
 * Properties are read-only; each setter saves at once (one transaction in the
 * store) and fails with a #GError, leaving the object as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-task"

#include "config.h"

#include "polku-model-record-private.h"
#include "polku-workshop-model-private.h"
#include "polku-task.h"

struct _PolkuTask
{
  GObject         parent_instance;

  /* Owned */
  PolkuStore      *store;
  PolkuTaskRecord *record;
};

G_DEFINE_FINAL_TYPE (PolkuTask, polku_task, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_WORKSHOP_ID,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_DURATION,
  PROP_TOOLS,
  PROP_SAFETY,
  PROP_ACTIVE,
  PROP_POSITION,
  PROP_N_REQUIREMENTS,
  PROP_N_CODES,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const PolkuRecordField fields[] = {
  POLKU_FIELD (PROP_ID, POLKU_FIELD_INT64, PolkuTaskRecord, task_id),
  POLKU_FIELD (PROP_WORKSHOP_ID, POLKU_FIELD_INT64, PolkuTaskRecord, workshop_id),
  POLKU_FIELD (PROP_TITLE, POLKU_FIELD_STRING, PolkuTaskRecord, title),
  POLKU_FIELD (PROP_DESCRIPTION, POLKU_FIELD_STRING, PolkuTaskRecord, description),
  POLKU_FIELD (PROP_DURATION, POLKU_FIELD_STRING, PolkuTaskRecord, duration),
  POLKU_FIELD (PROP_TOOLS, POLKU_FIELD_STRING, PolkuTaskRecord, tools),
  POLKU_FIELD (PROP_SAFETY, POLKU_FIELD_STRING, PolkuTaskRecord, safety),
  POLKU_FIELD (PROP_ACTIVE, POLKU_FIELD_BOOLEAN, PolkuTaskRecord, active),
  POLKU_FIELD (PROP_POSITION, POLKU_FIELD_INT, PolkuTaskRecord, ord),
  POLKU_FIELD (PROP_N_REQUIREMENTS, POLKU_FIELD_UINT, PolkuTaskRecord, n_requirements),
  POLKU_FIELD (PROP_N_CODES, POLKU_FIELD_UINT, PolkuTaskRecord, n_codes),
  POLKU_FIELD (PROP_CREATED_AT, POLKU_FIELD_STRING, PolkuTaskRecord, created_at),
  POLKU_FIELD (PROP_UPDATED_AT, POLKU_FIELD_STRING, PolkuTaskRecord, updated_at),
};

/* Auxiliary methods */

static gboolean
save (PolkuTask        *self,
      PolkuTaskRecord  *changed,
      GError          **error)
{
  g_autoptr(PolkuTaskRecord) fresh = NULL;

  if (!polku_store_update_task (self->store, changed, error))
    return FALSE;

  /* Read back what the store made of it (trimmed texts, timestamps). */
  fresh = polku_store_get_task (self->store, self->record->task_id, error);
  if (fresh == NULL)
    return FALSE;

  _polku_task_update (self, fresh);
  return TRUE;
}

static gboolean
set_text (PolkuTask   *self,
          gsize        offset,
          const char  *value,
          GError     **error)
{
  g_autoptr(PolkuTaskRecord) changed = NULL;
  char **member;

  if (g_strcmp0 (*_polku_record_string_member (self->record, offset), value) == 0)
    return TRUE;

  changed = polku_task_record_copy (self->record);
  member = _polku_record_string_member (changed, offset);
  g_free (*member);
  *member = g_strdup (value);

  return save (self, changed, error);
}

/* GObject overrides */

static void
polku_task_finalize (GObject *object)
{
  PolkuTask *self = (PolkuTask *)object;

  g_clear_pointer (&self->record, polku_task_record_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (polku_task_parent_class)->finalize (object);
}

static void
polku_task_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PolkuTask *self = POLKU_TASK (object);

  if (_polku_record_get_value (fields, G_N_ELEMENTS (fields), prop_id, self->record, value))
    return;

  switch (prop_id)
    {
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_task_class_init (PolkuTaskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_task_finalize;
  object_class->get_property = polku_task_get_property;

  /* The database id */
  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The workshop */
  properties [PROP_WORKSHOP_ID] =
    g_param_spec_int64 ("workshop-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The title */
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What the work is */
  properties [PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The typical duration, as free text */
  properties [PROP_DURATION] =
    g_param_spec_string ("duration", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Tools and materials */
  properties [PROP_TOOLS] =
    g_param_spec_string ("tools", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Safety notes */
  properties [PROP_SAFETY] =
    g_param_spec_string ("safety", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether the task is in use (inactive tasks cover nothing) */
  properties [PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The place in the workshop's order */
  properties [PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Requirements covered, directly or by code */
  properties [PROP_N_REQUIREMENTS] =
    g_param_spec_uint ("n-requirements", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* National codes mapped */
  properties [PROP_N_CODES] =
    g_param_spec_uint ("n-codes", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* When it was created (ISO UTC) */
  properties [PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* When it was last edited (ISO UTC) */
  properties [PROP_UPDATED_AT] =
    g_param_spec_string ("updated-at", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_task_init (PolkuTask *self)
{
}

/* Private API */

void
_polku_task_update (PolkuTask             *self,
                    const PolkuTaskRecord *record)
{
  g_autoptr(PolkuTaskRecord) old = NULL;

  g_assert (POLKU_IS_TASK (self));
  g_assert (record->task_id == self->record->task_id);

  old = g_steal_pointer (&self->record);
  self->record = polku_task_record_copy (record);

  g_object_freeze_notify (G_OBJECT (self));
  _polku_record_notify_diff (G_OBJECT (self), properties, fields, G_N_ELEMENTS (fields), old, self->record);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Public API */

/**
 * polku_task_new:
 * @store: the database
 * @record: the row, copied
 */
PolkuTask *
polku_task_new (PolkuStore            *store,
                const PolkuTaskRecord *record)
{
  PolkuTask *self;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);
  g_return_val_if_fail (record != NULL, NULL);

  self = g_object_new (POLKU_TYPE_TASK, NULL);
  self->store = g_object_ref (store);
  self->record = polku_task_record_copy (record);

  return self;
}

/**
 * polku_task_load:
 *
 * Returns: (transfer full): the object for row @id, or %NULL with @error set
 */
PolkuTask *
polku_task_load (PolkuStore  *store,
                 gint64       id,
                 GError     **error)
{
  g_autoptr(PolkuTaskRecord) record = NULL;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  record = polku_store_get_task (store, id, error);
  if (record == NULL)
    return NULL;

  return polku_task_new (store, record);
}

/**
 * polku_task_refresh:
 *
 * Reads the row again; the lists do this for their items on every change.
 */
gboolean
polku_task_refresh (PolkuTask  *self,
                    GError    **error)
{
  g_autoptr(PolkuTaskRecord) record = NULL;

  g_return_val_if_fail (POLKU_IS_TASK (self), FALSE);

  record = polku_store_get_task (self->store, self->record->task_id, error);
  if (record == NULL)
    return FALSE;

  _polku_task_update (self, record);
  return TRUE;
}

PolkuStore *
polku_task_get_store (PolkuTask *self)
{
  g_return_val_if_fail (POLKU_IS_TASK (self), NULL);

  return self->store;
}

const PolkuTaskRecord *
polku_task_get_record (PolkuTask *self)
{
  g_return_val_if_fail (POLKU_IS_TASK (self), NULL);

  return self->record;
}

gint64
polku_task_get_id (PolkuTask *self)
{
  g_return_val_if_fail (POLKU_IS_TASK (self), 0);

  return self->record->task_id;
}

gint64
polku_task_get_workshop_id (PolkuTask *self)
{
  g_return_val_if_fail (POLKU_IS_TASK (self), 0);

  return self->record->workshop_id;
}

const char *
polku_task_get_title (PolkuTask *self)
{
  g_return_val_if_fail (POLKU_IS_TASK (self), NULL);

  return self->record->title;
}

const char *
polku_task_get_description (PolkuTask *self)
{
  g_return_val_if_fail (POLKU_IS_TASK (self), NULL);

  return self->record->description;
}

const char *
polku_task_get_duration (PolkuTask *self)
{
  g_return_val_if_fail (POLKU_IS_TASK (self), NULL);

  return self->record->duration;
}

const char *
polku_task_get_tools (PolkuTask *self)
{
  g_return_val_if_fail (POLKU_IS_TASK (self), NULL);

  return self->record->tools;
}

const char *
polku_task_get_safety (PolkuTask *self)
{
  g_return_val_if_fail (POLKU_IS_TASK (self), NULL);

  return self->record->safety;
}

gboolean
polku_task_get_active (PolkuTask *self)
{
  g_return_val_if_fail (POLKU_IS_TASK (self), FALSE);

  return self->record->active;
}

int
polku_task_get_position (PolkuTask *self)
{
  g_return_val_if_fail (POLKU_IS_TASK (self), 0);

  return self->record->ord;
}

guint
polku_task_get_n_requirements (PolkuTask *self)
{
  g_return_val_if_fail (POLKU_IS_TASK (self), 0);

  return self->record->n_requirements;
}

guint
polku_task_get_n_codes (PolkuTask *self)
{
  g_return_val_if_fail (POLKU_IS_TASK (self), 0);

  return self->record->n_codes;
}

const char *
polku_task_get_created_at (PolkuTask *self)
{
  g_return_val_if_fail (POLKU_IS_TASK (self), NULL);

  return self->record->created_at;
}

const char *
polku_task_get_updated_at (PolkuTask *self)
{
  g_return_val_if_fail (POLKU_IS_TASK (self), NULL);

  return self->record->updated_at;
}

/**
 * polku_task_set_title:
 * @title: (nullable): the new text; trimmed, and empty is stored as %NULL
 *
 * Saves the title at once.
 */
gboolean
polku_task_set_title (PolkuTask   *self,
                      const char  *title,
                      GError     **error)
{
  g_return_val_if_fail (POLKU_IS_TASK (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuTaskRecord, title), title, error);
}

/**
 * polku_task_set_description:
 * @description: (nullable): the new text; trimmed, and empty is stored as %NULL
 *
 * Saves what the work is at once.
 */
gboolean
polku_task_set_description (PolkuTask   *self,
                            const char  *description,
                            GError     **error)
{
  g_return_val_if_fail (POLKU_IS_TASK (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuTaskRecord, description), description, error);
}

/**
 * polku_task_set_duration:
 * @duration: (nullable): the new text; trimmed, and empty is stored as %NULL
 *
 * Saves the typical duration, as free text at once.
 */
gboolean
polku_task_set_duration (PolkuTask   *self,
                         const char  *duration,
                         GError     **error)
{
  g_return_val_if_fail (POLKU_IS_TASK (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuTaskRecord, duration), duration, error);
}

/**
 * polku_task_set_tools:
 * @tools: (nullable): the new text; trimmed, and empty is stored as %NULL
 *
 * Saves tools and materials at once.
 */
gboolean
polku_task_set_tools (PolkuTask   *self,
                      const char  *tools,
                      GError     **error)
{
  g_return_val_if_fail (POLKU_IS_TASK (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuTaskRecord, tools), tools, error);
}

/**
 * polku_task_set_safety:
 * @safety: (nullable): the new text; trimmed, and empty is stored as %NULL
 *
 * Saves safety notes at once.
 */
gboolean
polku_task_set_safety (PolkuTask   *self,
                       const char  *safety,
                       GError     **error)
{
  g_return_val_if_fail (POLKU_IS_TASK (self), FALSE);

  return set_text (self, G_STRUCT_OFFSET (PolkuTaskRecord, safety), safety, error);
}

/**
 * polku_task_set_active:
 *
 * Saves whether the task is in use (inactive tasks cover nothing) at once.
 */
gboolean
polku_task_set_active (PolkuTask  *self,
                       gboolean    active,
                       GError    **error)
{
  g_autoptr(PolkuTaskRecord) changed = NULL;

  g_return_val_if_fail (POLKU_IS_TASK (self), FALSE);

  if ((self->record->active != 0) == (active != 0))
    return TRUE;

  changed = polku_task_record_copy (self->record);
  changed->active = active != 0;
  return save (self, changed, error);
}

/**
 * polku_task_map_requirement:
 * @by_code: map the requirement's national code instead, so that the task also
 *   covers the same requirement in other qualifications (see
 *   polku_store_map_requirement_by_code())
 * @who: (nullable): who recognised it
 *
 * Records that the task teaches a requirement.
 */
gboolean
polku_task_map_requirement (PolkuTask               *self,
                            gint64                   requirement_id,
                            gboolean                 by_code,
                            const PolkuRecognition  *who,
                            GError                 **error)
{
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_TASK (self), FALSE);

  if (by_code)
    ok = polku_store_map_requirement_by_code (self->store, self->record->task_id, requirement_id, who, error);
  else
    ok = polku_store_map_requirement (self->store, self->record->task_id, requirement_id, who, error);

  return ok && polku_task_refresh (self, error);
}

/**
 * polku_task_unmap_requirement:
 *
 * The task no longer covers the requirement (see polku_store_unmap_requirement()).
 */
gboolean
polku_task_unmap_requirement (PolkuTask  *self,
                              gint64      requirement_id,
                              GError    **error)
{
  g_return_val_if_fail (POLKU_IS_TASK (self), FALSE);

  return polku_store_unmap_requirement (self->store, self->record->task_id, requirement_id, error) &&
         polku_task_refresh (self, error);
}
