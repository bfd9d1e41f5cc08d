/* polku-mapping-list.c: the mappings seen from one task (the requirements it
 * teaches, or its code mappings) or from one requirement (the tasks that teach
 * it), following the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-mapping-list"

#include "config.h"

#include "polku-mapping-list.h"
#include "polku-mapping-private.h"
#include "polku-model-record-private.h"

typedef enum
{
  FOR_TASK,
  FOR_TASK_CODES,
  FOR_REQUIREMENT,
} ListKind;

struct _PolkuMappingList
{
  GObject     parent_instance;

  /* Owned */
  PolkuStore *store;
  GPtrArray  *items;
  char       *language;
  gulong      changed_id;
  gulong      catalogue_id;
  gulong      reset_id;

  ListKind    kind;
  gint64      id;
  gint64      workshop_id;
};

static void polku_mapping_list_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PolkuMappingList, polku_mapping_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, polku_mapping_list_list_model_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static gint64
item_id (gpointer item)
{
  return _polku_mapping_get_key (item);
}

/* A code mapping listed on its own has no requirement: it is kept by a hash of
 * its code (a task has a handful of codes; a clash only costs a new row). */
static gint64
record_key (ListKind                  kind,
            const PolkuMappingRecord *record)
{
  switch (kind)
    {
    case FOR_TASK:
      return record->requirement_id;
    case FOR_TASK_CODES:
      return (gint64) g_str_hash (record->koodi_uri);
    case FOR_REQUIREMENT:
      return record->task_id;
    default:
      g_assert_not_reached ();
    }
}

static gint64
record_id (gconstpointer record,
           gpointer      data)
{
  return record_key (((PolkuMappingList *) data)->kind, record);
}

static gpointer
make_item (gpointer      data,
           gconstpointer record)
{
  PolkuMappingList *self = data;
  PolkuMapping *mapping = polku_mapping_new (record, self->language);

  _polku_mapping_set_key (mapping, record_key (self->kind, record));
  return mapping;
}

static void
update_item (gpointer      item,
             gconstpointer record)
{
  _polku_mapping_update (item, record);
}

static gboolean
reload (PolkuMappingList  *self,
        GError           **error)
{
  g_autoptr(GPtrArray) records = NULL;

  switch (self->kind)
    {
    case FOR_TASK:
      records = polku_store_list_task_mappings (self->store, self->id, error);
      break;
    case FOR_TASK_CODES:
      records = polku_store_list_task_codes (self->store, self->id, error);
      break;
    case FOR_REQUIREMENT:
      records = polku_store_list_requirement_mappings (self->store, self->id, self->workshop_id, error);
      break;
    default:
      g_assert_not_reached ();
    }

  if (records == NULL)
    return FALSE;

  if (_polku_list_model_sync (G_LIST_MODEL (self), self->items, records,
                              item_id, record_id, make_item, update_item, self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);

  return TRUE;
}

/* Callbacks */

static void
store_changed_cb (PolkuMappingList *self)
{
  g_autoptr(GError) error = NULL;

  if (!reload (self, &error))
    g_warning ("Could not reload the mappings: %s", error->message);
}

/* GListModel */

static GType
polku_mapping_list_get_item_type (GListModel *model)
{
  return POLKU_TYPE_MAPPING;
}

static guint
polku_mapping_list_get_n_items (GListModel *model)
{
  return POLKU_MAPPING_LIST (model)->items->len;
}

static gpointer
polku_mapping_list_get_item (GListModel *model,
                             guint       position)
{
  PolkuMappingList *self = POLKU_MAPPING_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
polku_mapping_list_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = polku_mapping_list_get_item_type;
  iface->get_n_items = polku_mapping_list_get_n_items;
  iface->get_item = polku_mapping_list_get_item;
}

/* GObject overrides */

static void
polku_mapping_list_dispose (GObject *object)
{
  PolkuMappingList *self = (PolkuMappingList *)object;

  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->store);
      g_clear_signal_handler (&self->catalogue_id, self->store);
      g_clear_signal_handler (&self->reset_id, self->store);
    }
  g_clear_object (&self->store);

  G_OBJECT_CLASS (polku_mapping_list_parent_class)->dispose (object);
}

static void
polku_mapping_list_finalize (GObject *object)
{
  PolkuMappingList *self = (PolkuMappingList *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (polku_mapping_list_parent_class)->finalize (object);
}

static void
polku_mapping_list_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PolkuMappingList *self = POLKU_MAPPING_LIST (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_mapping_list_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PolkuMappingList *self = POLKU_MAPPING_LIST (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      polku_mapping_list_set_language (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_mapping_list_class_init (PolkuMappingListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_mapping_list_dispose;
  object_class->finalize = polku_mapping_list_finalize;
  object_class->get_property = polku_mapping_list_get_property;
  object_class->set_property = polku_mapping_list_set_property;

  properties [PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* "fi" or "sv": passed to the items */
  properties [PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         "fi",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_mapping_list_init (PolkuMappingList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->language = g_strdup ("fi");
}

static PolkuMappingList *
new_list (PolkuStore *store,
          ListKind    kind,
          gint64      id,
          gint64      workshop_id)
{
  g_autoptr(GError) error = NULL;
  PolkuMappingList *self;

  self = g_object_new (POLKU_TYPE_MAPPING_LIST, NULL);
  self->store = g_object_ref (store);
  self->kind = kind;
  self->id = id;
  self->workshop_id = workshop_id;
  self->changed_id = g_signal_connect_swapped (store, "changed::workshop",
                                               G_CALLBACK (store_changed_cb), self);
  self->catalogue_id = g_signal_connect_swapped (store, "changed::catalogue",
                                                 G_CALLBACK (store_changed_cb), self);
  self->reset_id = g_signal_connect_swapped (store, "reset",
                                             G_CALLBACK (store_changed_cb), self);

  if (!reload (self, &error))
    g_warning ("Could not load the mappings: %s", error->message);

  return self;
}

/* Public API */

/**
 * polku_mapping_list_new_for_task:
 *
 * What a task teaches: one item per requirement it covers, directly or by
 * code (see polku_store_list_task_mappings()). Items are keyed by requirement.
 *
 * Returns: (transfer full): the list
 */
PolkuMappingList *
polku_mapping_list_new_for_task (PolkuStore *store,
                                 gint64      task_id)
{
  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  return new_list (store, FOR_TASK, task_id, 0);
}

/**
 * polku_mapping_list_new_for_task_codes:
 *
 * A task's code mappings themselves (see polku_store_list_task_codes()).
 *
 * Returns: (transfer full): the list
 */
PolkuMappingList *
polku_mapping_list_new_for_task_codes (PolkuStore *store,
                                       gint64      task_id)
{
  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  return new_list (store, FOR_TASK_CODES, task_id, 0);
}

/**
 * polku_mapping_list_new_for_requirement:
 * @workshop_id: only this workshop's tasks, or 0 for all
 *
 * The tasks that teach a requirement, directly or by its national code. Items
 * are keyed by task.
 *
 * Returns: (transfer full): the list
 */
PolkuMappingList *
polku_mapping_list_new_for_requirement (PolkuStore *store,
                                        gint64      requirement_id,
                                        gint64      workshop_id)
{
  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  return new_list (store, FOR_REQUIREMENT, requirement_id, workshop_id);
}

gboolean
polku_mapping_list_reload (PolkuMappingList  *self,
                           GError           **error)
{
  g_return_val_if_fail (POLKU_IS_MAPPING_LIST (self), FALSE);

  return reload (self, error);
}

/**
 * polku_mapping_list_find:
 * @id: the requirement (a task's list) or the task (a requirement's list)
 *
 * Returns: (transfer none) (nullable): the item
 */
PolkuMapping *
polku_mapping_list_find (PolkuMappingList *self,
                         gint64            id)
{
  int index;

  g_return_val_if_fail (POLKU_IS_MAPPING_LIST (self), NULL);

  index = _polku_list_find_id (self->items, item_id, id);
  return index < 0 ? NULL : g_ptr_array_index (self->items, index);
}

const char *
polku_mapping_list_get_language (PolkuMappingList *self)
{
  g_return_val_if_fail (POLKU_IS_MAPPING_LIST (self), NULL);

  return self->language;
}

void
polku_mapping_list_set_language (PolkuMappingList *self,
                                 const char       *language)
{
  g_return_if_fail (POLKU_IS_MAPPING_LIST (self));

  if (language == NULL)
    language = "fi";

  if (!_polku_set_string (&self->language, language))
    return;

  for (guint i = 0; i < self->items->len; i++)
    polku_mapping_set_language (g_ptr_array_index (self->items, i), language);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LANGUAGE]);
}
