/* polku-demonstration-list.c: one learner's skills demonstrations by date.
 *
 * Follows the store; objects are kept by id.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-demonstration-list"

#include "config.h"

#include "polku-demonstration-list.h"
#include "polku-learner-model-private.h"
#include "polku-model-record-private.h"

struct _PolkuDemonstrationList
{
  GObject     parent_instance;

  /* Owned */
  PolkuStore *store;
  gint64      learner_id;
  char       *language;
  GPtrArray  *items;
  gulong      handlers[4];
};

static void polku_demonstration_list_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PolkuDemonstrationList, polku_demonstration_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, polku_demonstration_list_list_model_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static gint64
item_id (gpointer item)
{
  return polku_demonstration_get_id (item);
}

static gint64
record_id (gconstpointer record,
           gpointer      data)
{
  return ((const PolkuDemonstrationRecord *) record)->demonstration_id;
}

static gpointer
make_item (gpointer      data,
           gconstpointer record)
{
  PolkuDemonstrationList *self = data;

  return _polku_demonstration_new (self->store, record, self->language);
}

static void
update_item (gpointer      item,
             gconstpointer record)
{
  _polku_demonstration_update (item, record);
}

static gboolean
reload (PolkuDemonstrationList  *self,
        GError                 **error)
{
  g_autoptr(GPtrArray) records = NULL;

  records = polku_store_list_demonstrations (self->store, self->learner_id, error);
  if (records == NULL)
    return FALSE;

  if (_polku_list_model_sync (G_LIST_MODEL (self), self->items, records,
                              item_id, record_id, make_item, update_item, self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);

  return TRUE;
}

/* Callbacks */

static void
store_changed_cb (PolkuDemonstrationList *self)
{
  g_autoptr(GError) error = NULL;

  if (!reload (self, &error))
    g_warning ("Could not reload the demonstrations: %s", error->message);
}

/* GListModel */

static GType
polku_demonstration_list_get_item_type (GListModel *model)
{
  return POLKU_TYPE_DEMONSTRATION;
}

static guint
polku_demonstration_list_get_n_items (GListModel *model)
{
  return POLKU_DEMONSTRATION_LIST (model)->items->len;
}

static gpointer
polku_demonstration_list_get_item (GListModel *model,
                                   guint       position)
{
  PolkuDemonstrationList *self = POLKU_DEMONSTRATION_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
polku_demonstration_list_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = polku_demonstration_list_get_item_type;
  iface->get_n_items = polku_demonstration_list_get_n_items;
  iface->get_item = polku_demonstration_list_get_item;
}

/* GObject overrides */

static void
polku_demonstration_list_dispose (GObject *object)
{
  PolkuDemonstrationList *self = (PolkuDemonstrationList *)object;

  for (guint i = 0; i < G_N_ELEMENTS (self->handlers); i++)
    if (self->store != NULL)
      g_clear_signal_handler (&self->handlers[i], self->store);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (polku_demonstration_list_parent_class)->dispose (object);
}

static void
polku_demonstration_list_finalize (GObject *object)
{
  PolkuDemonstrationList *self = (PolkuDemonstrationList *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_free (self->language);

  G_OBJECT_CLASS (polku_demonstration_list_parent_class)->finalize (object);
}

static void
polku_demonstration_list_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  PolkuDemonstrationList *self = POLKU_DEMONSTRATION_LIST (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_demonstration_list_class_init (PolkuDemonstrationListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_demonstration_list_dispose;
  object_class->finalize = polku_demonstration_list_finalize;
  object_class->get_property = polku_demonstration_list_get_property;

  properties [PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_demonstration_list_init (PolkuDemonstrationList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Public API */

/**
 * polku_demonstration_list_new:
 * @language: (nullable): "fi" or "sv" for unit names
 *
 * Returns: (transfer full): the learner's demonstrations, loaded; follows the store
 */
PolkuDemonstrationList *
polku_demonstration_list_new (PolkuStore *store,
                              gint64      learner_id,
                              const char *language)
{
  g_autoptr(GError) error = NULL;
  PolkuDemonstrationList *self;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  self = g_object_new (POLKU_TYPE_DEMONSTRATION_LIST, NULL);
  self->store = g_object_ref (store);
  self->learner_id = learner_id;
  self->language = g_strdup (language != NULL ? language : "fi");
  self->handlers[0] = g_signal_connect_swapped (store, "changed::learners", G_CALLBACK (store_changed_cb), self);
  self->handlers[1] = g_signal_connect_swapped (store, "changed::workshop", G_CALLBACK (store_changed_cb), self);
  self->handlers[2] = g_signal_connect_swapped (store, "changed::catalogue", G_CALLBACK (store_changed_cb), self);
  self->handlers[3] = g_signal_connect_swapped (store, "reset", G_CALLBACK (store_changed_cb), self);

  if (!reload (self, &error))
    g_warning ("Could not load the demonstrations: %s", error->message);

  return self;
}

gboolean
polku_demonstration_list_reload (PolkuDemonstrationList  *self,
                                 GError                 **error)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION_LIST (self), FALSE);
  return reload (self, error);
}

gint64
polku_demonstration_list_get_learner_id (PolkuDemonstrationList *self)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION_LIST (self), 0);
  return self->learner_id;
}

/**
 * polku_demonstration_list_find:
 *
 * Returns: (transfer none) (nullable)
 */
PolkuDemonstration *
polku_demonstration_list_find (PolkuDemonstrationList *self,
                               gint64                  id)
{
  int index;

  g_return_val_if_fail (POLKU_IS_DEMONSTRATION_LIST (self), NULL);

  index = _polku_list_find_id (self->items, item_id, id);
  return index >= 0 ? g_ptr_array_index (self->items, index) : NULL;
}

/**
 * polku_demonstration_list_add:
 * @starts_on: (nullable): the planned first day
 * @ends_on: (nullable): the planned last day
 *
 * Plans a demonstration at the learner's workshop (the environment defaults
 * to it; see polku_store_add_demonstration()).
 *
 * Returns: (transfer full): the list's object for it, or %NULL with @error set
 */
PolkuDemonstration *
polku_demonstration_list_add (PolkuDemonstrationList  *self,
                              const char              *starts_on,
                              const char              *ends_on,
                              GError                 **error)
{
  PolkuDemonstrationRecord record = { 0 };
  PolkuDemonstration *item;
  gint64 id;

  g_return_val_if_fail (POLKU_IS_DEMONSTRATION_LIST (self), NULL);

  record.learner_id = self->learner_id;
  record.starts_on = (char *) starts_on;
  record.ends_on = (char *) ends_on;
  id = polku_store_add_demonstration (self->store, &record, error);
  if (id == 0)
    return NULL;

  item = polku_demonstration_list_find (self, id);
  if (item != NULL)
    return g_object_ref (item);

  return polku_demonstration_load (self->store, id, error);
}

gboolean
polku_demonstration_list_delete (PolkuDemonstrationList  *self,
                                 PolkuDemonstration      *demonstration,
                                 GError                 **error)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION_LIST (self), FALSE);
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (demonstration), FALSE);

  return polku_store_delete_demonstration (self->store, polku_demonstration_get_id (demonstration), error);
}
