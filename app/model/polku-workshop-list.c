/* polku-workshop-list.c: the organisation's workshops, in their order.
 *
 * A GListModel of PolkuWorkshop that follows the store: on every committed change it
 * reloads and keeps its objects (updated in place) by id, so that views keep
 * their rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-workshop-list"

#include "config.h"

#include "polku-model-record-private.h"
#include "polku-workshop-model-private.h"
#include "polku-workshop-list.h"

struct _PolkuWorkshopList
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

static void polku_workshop_list_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PolkuWorkshopList, polku_workshop_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, polku_workshop_list_list_model_init))

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
  return polku_workshop_get_id (item);
}

static gint64
record_id (gconstpointer record,
           gpointer      data)
{
  return ((const PolkuWorkshopRecord *) record)->workshop_id;
}

static gpointer
make_item (gpointer      data,
           gconstpointer record)
{
  PolkuWorkshopList *self = data;

  return polku_workshop_new (self->store, record);
}

static void
update_item (gpointer      item,
             gconstpointer record)
{
  _polku_workshop_update (item, record);
}

/* The listed items may hide archived ones: a visible place becomes a place in
 * the full order (before the item now there, or after the last one). */
static guint
full_position (PolkuWorkshopList *self,
               gint64             moved_id,
               guint              position)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GArray) visible = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint full = 0;

  all = polku_store_list_workshops (self->store, TRUE, NULL);
  if (all == NULL)
    return position;

  for (guint i = 0; i < self->items->len; i++)
    {
      gint64 id = polku_workshop_get_id (g_ptr_array_index (self->items, i));

      if (id != moved_id)
        g_array_append_val (visible, id);
    }

  for (guint i = 0; i < all->len; i++)
    {
      gint64 id = ((PolkuWorkshopRecord *) g_ptr_array_index (all, i))->workshop_id;

      if (id == moved_id)
        continue;
      if (position < visible->len && id == g_array_index (visible, gint64, position))
        return full;
      full++;
      if (position >= visible->len && visible->len > 0 &&
          id == g_array_index (visible, gint64, visible->len - 1))
        return full;
    }

  return full;
}

static gboolean
reload (PolkuWorkshopList  *self,
        GError            **error)
{
  g_autoptr(GPtrArray) records = NULL;

  records = polku_store_list_workshops (self->store, self->show_archived, error);
  if (records == NULL)
    return FALSE;

  if (_polku_list_model_sync (G_LIST_MODEL (self), self->items, records,
                              item_id, record_id, make_item, update_item, self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);

  return TRUE;
}

/* Returns a new reference to the item with @id: from the list when it shows
 * it, else read on its own. */
static PolkuWorkshop *
find_or_load (PolkuWorkshopList  *self,
              gint64              id,
              GError            **error)
{
  PolkuWorkshop *item = polku_workshop_list_find (self, id);

  if (item != NULL)
    return g_object_ref (item);

  return polku_workshop_load (self->store, id, error);
}

/* Callbacks */

static void
store_changed_cb (PolkuWorkshopList *self)
{
  g_autoptr(GError) error = NULL;

  if (!reload (self, &error))
    g_warning ("Could not reload the list: %s", error->message);
}

/* GListModel */

static GType
polku_workshop_list_get_item_type (GListModel *model)
{
  return POLKU_TYPE_WORKSHOP;
}

static guint
polku_workshop_list_get_n_items (GListModel *model)
{
  return POLKU_WORKSHOP_LIST (model)->items->len;
}

static gpointer
polku_workshop_list_get_item (GListModel *model,
                              guint       position)
{
  PolkuWorkshopList *self = POLKU_WORKSHOP_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
polku_workshop_list_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = polku_workshop_list_get_item_type;
  iface->get_n_items = polku_workshop_list_get_n_items;
  iface->get_item = polku_workshop_list_get_item;
}

/* GObject overrides */

static void
polku_workshop_list_dispose (GObject *object)
{
  PolkuWorkshopList *self = (PolkuWorkshopList *)object;

  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->store);
      g_clear_signal_handler (&self->catalogue_id, self->store);
      g_clear_signal_handler (&self->reset_id, self->store);
    }
  g_clear_object (&self->store);

  G_OBJECT_CLASS (polku_workshop_list_parent_class)->dispose (object);
}

static void
polku_workshop_list_finalize (GObject *object)
{
  PolkuWorkshopList *self = (PolkuWorkshopList *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (polku_workshop_list_parent_class)->finalize (object);
}

static void
polku_workshop_list_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PolkuWorkshopList *self = POLKU_WORKSHOP_LIST (object);

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
polku_workshop_list_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PolkuWorkshopList *self = POLKU_WORKSHOP_LIST (object);

  switch (prop_id)
    {
    case PROP_SHOW_ARCHIVED:
      polku_workshop_list_set_show_archived (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_workshop_list_class_init (PolkuWorkshopListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_workshop_list_dispose;
  object_class->finalize = polku_workshop_list_finalize;
  object_class->get_property = polku_workshop_list_get_property;
  object_class->set_property = polku_workshop_list_set_property;

  properties [PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether archived workshops are listed too */
  properties [PROP_SHOW_ARCHIVED] =
    g_param_spec_boolean ("show-archived", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_workshop_list_init (PolkuWorkshopList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Public API */

/**
 * polku_workshop_list_new:
 * @store: the database
 *
 * Returns: (transfer full): the list, already loaded
 */
PolkuWorkshopList *
polku_workshop_list_new (PolkuStore *store)
{
  g_autoptr(GError) error = NULL;
  PolkuWorkshopList *self;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  self = g_object_new (POLKU_TYPE_WORKSHOP_LIST, NULL);
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
polku_workshop_list_get_store (PolkuWorkshopList *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP_LIST (self), NULL);

  return self->store;
}

gboolean
polku_workshop_list_get_show_archived (PolkuWorkshopList *self)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP_LIST (self), FALSE);

  return self->show_archived;
}

/**
 * polku_workshop_list_set_show_archived:
 *
 * Sets whether archived workshops are listed too, and reloads.
 */
void
polku_workshop_list_set_show_archived (PolkuWorkshopList *self,
                                       gboolean           show_archived)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (POLKU_IS_WORKSHOP_LIST (self));

  show_archived = !!show_archived;
  if (self->show_archived == show_archived)
    return;

  self->show_archived = show_archived;

  if (!reload (self, &error))
    g_warning ("Could not reload the list: %s", error->message);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SHOW_ARCHIVED]);
}

/**
 * polku_workshop_list_reload:
 *
 * Reads the list again (it also follows the store by itself).
 */
gboolean
polku_workshop_list_reload (PolkuWorkshopList  *self,
                            GError            **error)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP_LIST (self), FALSE);

  return reload (self, error);
}

/**
 * polku_workshop_list_find:
 *
 * Returns: (transfer none) (nullable): the listed item with @id
 */
PolkuWorkshop *
polku_workshop_list_find (PolkuWorkshopList *self,
                          gint64             id)
{
  int index;

  g_return_val_if_fail (POLKU_IS_WORKSHOP_LIST (self), NULL);

  index = _polku_list_find_id (self->items, item_id, id);
  if (index < 0)
    return NULL;

  return g_ptr_array_index (self->items, index);
}

/**
 * polku_workshop_list_add:
 * @name: the new workshop's name
 *
 * Returns: (transfer full): the new workshop, or %NULL with @error set
 */
PolkuWorkshop *
polku_workshop_list_add (PolkuWorkshopList  *self,
                         const char         *name,
                         GError            **error)
{
  PolkuWorkshopRecord record = { 0 };
  gint64 id;

  g_return_val_if_fail (POLKU_IS_WORKSHOP_LIST (self), NULL);

  record.name = (char *) name;
  id = polku_store_add_workshop (self->store, &record, error);
  if (id == 0)
    return NULL;

  return find_or_load (self, id, error);
}

/**
 * polku_workshop_list_move:
 * @position: the new place among the listed workshops
 */
gboolean
polku_workshop_list_move (PolkuWorkshopList  *self,
                          PolkuWorkshop      *workshop,
                          guint               position,
                          GError            **error)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP_LIST (self), FALSE);
  g_return_val_if_fail (POLKU_IS_WORKSHOP (workshop), FALSE);

  return polku_store_move_workshop (self->store, polku_workshop_get_id (workshop),
                                    full_position (self, polku_workshop_get_id (workshop), position),
                                    error);
}

/**
 * polku_workshop_list_delete:
 *
 * Deletes the workshop with its tasks and their mappings (archiving is the
 * gentler way to retire one).
 */
gboolean
polku_workshop_list_delete (PolkuWorkshopList  *self,
                            PolkuWorkshop      *workshop,
                            GError            **error)
{
  g_return_val_if_fail (POLKU_IS_WORKSHOP_LIST (self), FALSE);
  g_return_val_if_fail (POLKU_IS_WORKSHOP (workshop), FALSE);

  return polku_store_delete_workshop (self->store, polku_workshop_get_id (workshop), error);
}
