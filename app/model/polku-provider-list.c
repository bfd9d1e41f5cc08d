/* polku-provider-list.c: the education providers, by name.
 *
 * A GListModel of PolkuProvider that follows the store: on every committed change it
 * reloads and keeps its objects (updated in place) by id, so that views keep
 * their rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-provider-list"

#include "config.h"

#include "polku-model-record-private.h"
#include "polku-workshop-model-private.h"
#include "polku-provider-list.h"

struct _PolkuProviderList
{
  GObject    parent_instance;

  /* Owned */
  PolkuStore *store;
  gboolean   show_archived;
  GPtrArray  *items;
  gulong     changed_id;
  gulong     reset_id;
  gulong     catalogue_id;
};

static void polku_provider_list_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PolkuProviderList, polku_provider_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, polku_provider_list_list_model_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  PROP_SHOW_ARCHIVED,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static gint64
item_id (gpointer item)
{
  return polku_provider_get_id (item);
}

static gint64
record_id (gconstpointer record,
           gpointer      data)
{
  return ((const PolkuProviderRecord *) record)->provider_id;
}

static gpointer
make_item (gpointer      data,
           gconstpointer record)
{
  PolkuProviderList *self = data;

  return polku_provider_new (self->store, record);
}

static void
update_item (gpointer      item,
             gconstpointer record)
{
  _polku_provider_update (item, record);
}

static gboolean
reload (PolkuProviderList  *self,
        GError            **error)
{
  g_autoptr(GPtrArray) records = NULL;

  records = polku_store_list_providers (self->store, self->show_archived, error);
  if (records == NULL)
    return FALSE;

  if (_polku_list_model_sync (G_LIST_MODEL (self), self->items, records,
                              item_id, record_id, make_item, update_item, self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);

  return TRUE;
}

/* Returns a new reference to the item with @id: from the list when it shows
 * it, else read on its own. */
static PolkuProvider *
find_or_load (PolkuProviderList  *self,
              gint64              id,
              GError            **error)
{
  PolkuProvider *item = polku_provider_list_find (self, id);

  if (item != NULL)
    return g_object_ref (item);

  return polku_provider_load (self->store, id, error);
}

/* Callbacks */

static void
store_changed_cb (PolkuProviderList *self)
{
  g_autoptr(GError) error = NULL;

  if (!reload (self, &error))
    g_warning ("Could not reload the list: %s", error->message);
}

/* GListModel */

static GType
polku_provider_list_get_item_type (GListModel *model)
{
  return POLKU_TYPE_PROVIDER;
}

static guint
polku_provider_list_get_n_items (GListModel *model)
{
  return POLKU_PROVIDER_LIST (model)->items->len;
}

static gpointer
polku_provider_list_get_item (GListModel *model,
                              guint       position)
{
  PolkuProviderList *self = POLKU_PROVIDER_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
polku_provider_list_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = polku_provider_list_get_item_type;
  iface->get_n_items = polku_provider_list_get_n_items;
  iface->get_item = polku_provider_list_get_item;
}

/* GObject overrides */

static void
polku_provider_list_dispose (GObject *object)
{
  PolkuProviderList *self = (PolkuProviderList *)object;

  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->store);
      g_clear_signal_handler (&self->catalogue_id, self->store);
      g_clear_signal_handler (&self->reset_id, self->store);
    }
  g_clear_object (&self->store);

  G_OBJECT_CLASS (polku_provider_list_parent_class)->dispose (object);
}

static void
polku_provider_list_finalize (GObject *object)
{
  PolkuProviderList *self = (PolkuProviderList *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (polku_provider_list_parent_class)->finalize (object);
}

static void
polku_provider_list_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PolkuProviderList *self = POLKU_PROVIDER_LIST (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;

    case PROP_SHOW_ARCHIVED:
      g_value_set_boolean (value, self->show_archived);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_provider_list_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PolkuProviderList *self = POLKU_PROVIDER_LIST (object);

  switch (prop_id)
    {
    case PROP_SHOW_ARCHIVED:
      polku_provider_list_set_show_archived (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_provider_list_class_init (PolkuProviderListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_provider_list_dispose;
  object_class->finalize = polku_provider_list_finalize;
  object_class->get_property = polku_provider_list_get_property;
  object_class->set_property = polku_provider_list_set_property;

  properties [PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether archived providers are listed too */
  properties [PROP_SHOW_ARCHIVED] =
    g_param_spec_boolean ("show-archived", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_provider_list_init (PolkuProviderList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Public API */

/**
 * polku_provider_list_new:
 * @store: the database
 *
 * Returns: (transfer full): the list, already loaded
 */
PolkuProviderList *
polku_provider_list_new (PolkuStore *store)
{
  g_autoptr(GError) error = NULL;
  PolkuProviderList *self;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  self = g_object_new (POLKU_TYPE_PROVIDER_LIST, NULL);
  self->store = g_object_ref (store);
  self->changed_id = g_signal_connect_swapped (store, "changed::workshop",
                                              G_CALLBACK (store_changed_cb), self);
  self->reset_id = g_signal_connect_swapped (store, "reset",
                                            G_CALLBACK (store_changed_cb), self);

  if (!reload (self, &error))
    g_warning ("Could not load the list: %s", error->message);

  return self;
}

PolkuStore *
polku_provider_list_get_store (PolkuProviderList *self)
{
  g_return_val_if_fail (POLKU_IS_PROVIDER_LIST (self), NULL);

  return self->store;
}

gboolean
polku_provider_list_get_show_archived (PolkuProviderList *self)
{
  g_return_val_if_fail (POLKU_IS_PROVIDER_LIST (self), FALSE);

  return self->show_archived;
}

/**
 * polku_provider_list_set_show_archived:
 *
 * Sets whether archived providers are listed too, and reloads.
 */
void
polku_provider_list_set_show_archived (PolkuProviderList *self,
                                       gboolean           show_archived)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (POLKU_IS_PROVIDER_LIST (self));

  show_archived = !!show_archived;
  if (self->show_archived == show_archived)
    return;

  self->show_archived = show_archived;

  if (!reload (self, &error))
    g_warning ("Could not reload the list: %s", error->message);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SHOW_ARCHIVED]);
}

/**
 * polku_provider_list_reload:
 *
 * Reads the list again (it also follows the store by itself).
 */
gboolean
polku_provider_list_reload (PolkuProviderList  *self,
                            GError            **error)
{
  g_return_val_if_fail (POLKU_IS_PROVIDER_LIST (self), FALSE);

  return reload (self, error);
}

/**
 * polku_provider_list_find:
 *
 * Returns: (transfer none) (nullable): the listed item with @id
 */
PolkuProvider *
polku_provider_list_find (PolkuProviderList *self,
                          gint64             id)
{
  int index;

  g_return_val_if_fail (POLKU_IS_PROVIDER_LIST (self), NULL);

  index = _polku_list_find_id (self->items, item_id, id);
  if (index < 0)
    return NULL;

  return g_ptr_array_index (self->items, index);
}

/**
 * polku_provider_list_add:
 * @name: the provider's name
 * @oid: (nullable): its Opetushallitus organisation OID, when known
 *
 * Returns: (transfer full): the new provider, or %NULL with @error set (an
 *   empty name, or an OID that is not 1.2.246.562.10.…)
 */
PolkuProvider *
polku_provider_list_add (PolkuProviderList  *self,
                         const char         *name,
                         const char         *oid,
                         GError            **error)
{
  PolkuProviderRecord record = { 0 };
  gint64 id;

  g_return_val_if_fail (POLKU_IS_PROVIDER_LIST (self), NULL);

  record.name = (char *) name;
  record.oid = (char *) oid;
  id = polku_store_add_provider (self->store, &record, error);
  if (id == 0)
    return NULL;

  return find_or_load (self, id, error);
}

/**
 * polku_provider_list_delete:
 *
 * Fails with %POLKU_STORE_ERROR_CONSTRAINT while agreements name the provider.
 */
gboolean
polku_provider_list_delete (PolkuProviderList  *self,
                            PolkuProvider      *provider,
                            GError            **error)
{
  g_return_val_if_fail (POLKU_IS_PROVIDER_LIST (self), FALSE);
  g_return_val_if_fail (POLKU_IS_PROVIDER (provider), FALSE);

  return polku_store_delete_provider (self->store, polku_provider_get_id (provider), error);
}
