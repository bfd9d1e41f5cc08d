/* polku-contact-list.c: the contact people of a workshop or of an education
 * provider, in their order.
 *
 * A GListModel of PolkuContact that follows the store: on every committed change it
 * reloads and keeps its objects (updated in place) by id, so that views keep
 * their rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-contact-list"

#include "config.h"

#include "polku-model-record-private.h"
#include "polku-workshop-model-private.h"
#include "polku-contact-list.h"

struct _PolkuContactList
{
  GObject    parent_instance;

  /* Owned */
  PolkuStore *store;
  gint64     workshop_id;
  gint64     provider_id;
  GPtrArray  *items;
  gulong     changed_id;
  gulong     reset_id;
  gulong     catalogue_id;
};

static void polku_contact_list_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PolkuContactList, polku_contact_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, polku_contact_list_list_model_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  PROP_WORKSHOP_ID,
  PROP_PROVIDER_ID,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static gint64
item_id (gpointer item)
{
  return polku_contact_get_id (item);
}

static gint64
record_id (gconstpointer record,
           gpointer      data)
{
  return ((const PolkuContactRecord *) record)->contact_id;
}

static gpointer
make_item (gpointer      data,
           gconstpointer record)
{
  PolkuContactList *self = data;

  return polku_contact_new (self->store, record);
}

static void
update_item (gpointer      item,
             gconstpointer record)
{
  _polku_contact_update (item, record);
}

static gboolean
reload (PolkuContactList  *self,
        GError           **error)
{
  g_autoptr(GPtrArray) records = NULL;

  records = polku_store_list_contacts (self->store, self->workshop_id, self->provider_id, error);
  if (records == NULL)
    return FALSE;

  if (_polku_list_model_sync (G_LIST_MODEL (self), self->items, records,
                              item_id, record_id, make_item, update_item, self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);

  return TRUE;
}

/* Returns a new reference to the item with @id: from the list when it shows
 * it, else read on its own. */
static PolkuContact *
find_or_load (PolkuContactList  *self,
              gint64             id,
              GError           **error)
{
  PolkuContact *item = polku_contact_list_find (self, id);

  if (item != NULL)
    return g_object_ref (item);

  return polku_contact_load (self->store, id, error);
}

/* Callbacks */

static void
store_changed_cb (PolkuContactList *self)
{
  g_autoptr(GError) error = NULL;

  if (!reload (self, &error))
    g_warning ("Could not reload the list: %s", error->message);
}

/* GListModel */

static GType
polku_contact_list_get_item_type (GListModel *model)
{
  return POLKU_TYPE_CONTACT;
}

static guint
polku_contact_list_get_n_items (GListModel *model)
{
  return POLKU_CONTACT_LIST (model)->items->len;
}

static gpointer
polku_contact_list_get_item (GListModel *model,
                             guint       position)
{
  PolkuContactList *self = POLKU_CONTACT_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
polku_contact_list_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = polku_contact_list_get_item_type;
  iface->get_n_items = polku_contact_list_get_n_items;
  iface->get_item = polku_contact_list_get_item;
}

/* GObject overrides */

static void
polku_contact_list_dispose (GObject *object)
{
  PolkuContactList *self = (PolkuContactList *)object;

  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->store);
      g_clear_signal_handler (&self->catalogue_id, self->store);
      g_clear_signal_handler (&self->reset_id, self->store);
    }
  g_clear_object (&self->store);

  G_OBJECT_CLASS (polku_contact_list_parent_class)->dispose (object);
}

static void
polku_contact_list_finalize (GObject *object)
{
  PolkuContactList *self = (PolkuContactList *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (polku_contact_list_parent_class)->finalize (object);
}

static void
polku_contact_list_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PolkuContactList *self = POLKU_CONTACT_LIST (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;

    case PROP_WORKSHOP_ID:
      g_value_set_int64 (value, self->workshop_id);
      break;

    case PROP_PROVIDER_ID:
      g_value_set_int64 (value, self->provider_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_contact_list_class_init (PolkuContactListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_contact_list_dispose;
  object_class->finalize = polku_contact_list_finalize;
  object_class->get_property = polku_contact_list_get_property;

  properties [PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The workshop, or 0 */
  properties [PROP_WORKSHOP_ID] =
    g_param_spec_int64 ("workshop-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The education provider, or 0 */
  properties [PROP_PROVIDER_ID] =
    g_param_spec_int64 ("provider-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_contact_list_init (PolkuContactList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Public API */

/**
 * polku_contact_list_new:
 * @store: the database
 * @workshop_id: the workshop, or 0
 * @provider_id: the education provider, or 0 (exactly one of the two is set)
 *
 * Returns: (transfer full): the list, already loaded
 */
PolkuContactList *
polku_contact_list_new (PolkuStore *store,
                        gint64      workshop_id,
                        gint64      provider_id)
{
  g_autoptr(GError) error = NULL;
  PolkuContactList *self;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);
  g_return_val_if_fail ((workshop_id == 0) != (provider_id == 0), NULL);

  self = g_object_new (POLKU_TYPE_CONTACT_LIST, NULL);
  self->store = g_object_ref (store);
  self->workshop_id = workshop_id;
  self->provider_id = provider_id;
  self->changed_id = g_signal_connect_swapped (store, "changed::workshop",
                                              G_CALLBACK (store_changed_cb), self);
  self->reset_id = g_signal_connect_swapped (store, "reset",
                                            G_CALLBACK (store_changed_cb), self);

  if (!reload (self, &error))
    g_warning ("Could not load the list: %s", error->message);

  return self;
}

PolkuStore *
polku_contact_list_get_store (PolkuContactList *self)
{
  g_return_val_if_fail (POLKU_IS_CONTACT_LIST (self), NULL);

  return self->store;
}

gint64
polku_contact_list_get_workshop_id (PolkuContactList *self)
{
  g_return_val_if_fail (POLKU_IS_CONTACT_LIST (self), 0);

  return self->workshop_id;
}

gint64
polku_contact_list_get_provider_id (PolkuContactList *self)
{
  g_return_val_if_fail (POLKU_IS_CONTACT_LIST (self), 0);

  return self->provider_id;
}

/**
 * polku_contact_list_reload:
 *
 * Reads the list again (it also follows the store by itself).
 */
gboolean
polku_contact_list_reload (PolkuContactList  *self,
                           GError           **error)
{
  g_return_val_if_fail (POLKU_IS_CONTACT_LIST (self), FALSE);

  return reload (self, error);
}

/**
 * polku_contact_list_find:
 *
 * Returns: (transfer none) (nullable): the listed item with @id
 */
PolkuContact *
polku_contact_list_find (PolkuContactList *self,
                         gint64            id)
{
  int index;

  g_return_val_if_fail (POLKU_IS_CONTACT_LIST (self), NULL);

  index = _polku_list_find_id (self->items, item_id, id);
  if (index < 0)
    return NULL;

  return g_ptr_array_index (self->items, index);
}

/**
 * polku_contact_list_add:
 * @name: the person's name
 *
 * Returns: (transfer full): the new contact, last in the list, or %NULL with
 *   @error set
 */
PolkuContact *
polku_contact_list_add (PolkuContactList  *self,
                        const char        *name,
                        GError           **error)
{
  PolkuContactRecord record = { 0 };
  gint64 id;

  g_return_val_if_fail (POLKU_IS_CONTACT_LIST (self), NULL);

  record.workshop_id = self->workshop_id;
  record.provider_id = self->provider_id;
  record.name = (char *) name;
  id = polku_store_add_contact (self->store, &record, error);
  if (id == 0)
    return NULL;

  return find_or_load (self, id, error);
}

gboolean
polku_contact_list_move (PolkuContactList  *self,
                         PolkuContact      *contact,
                         guint              position,
                         GError           **error)
{
  g_return_val_if_fail (POLKU_IS_CONTACT_LIST (self), FALSE);
  g_return_val_if_fail (POLKU_IS_CONTACT (contact), FALSE);

  return polku_store_move_contact (self->store, polku_contact_get_id (contact), position, error);
}

gboolean
polku_contact_list_delete (PolkuContactList  *self,
                           PolkuContact      *contact,
                           GError           **error)
{
  g_return_val_if_fail (POLKU_IS_CONTACT_LIST (self), FALSE);
  g_return_val_if_fail (POLKU_IS_CONTACT (contact), FALSE);

  return polku_store_delete_contact (self->store, polku_contact_get_id (contact), error);
}
