/* polku-peruste-list.c: every peruste of the catalogue, as a GListModel that
 * follows the store (imports, downloads, restored backups).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-peruste-list"

#include "config.h"

#include "polku-peruste-list.h"

struct _PolkuPerusteList
{
  GObject     parent_instance;

  /* Owned */
  PolkuStore *store;
  GPtrArray  *items;
  char       *language;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PolkuPerusteList, polku_peruste_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_LANGUAGE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Callbacks */

static void
store_changed_cb (PolkuPerusteList *self)
{
  g_autoptr(GError) error = NULL;

  if (!polku_peruste_list_reload (self, &error))
    g_warning ("Could not reload the catalogue: %s", error->message);
}

/* GListModel interface */

static GType
polku_peruste_list_get_item_type (GListModel *model)
{
  return POLKU_TYPE_PERUSTE;
}

static guint
polku_peruste_list_get_n_items (GListModel *model)
{
  PolkuPerusteList *self = POLKU_PERUSTE_LIST (model);

  return self->items->len;
}

static gpointer
polku_peruste_list_get_item (GListModel *model,
                             guint       position)
{
  PolkuPerusteList *self = POLKU_PERUSTE_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = polku_peruste_list_get_item_type;
  iface->get_n_items = polku_peruste_list_get_n_items;
  iface->get_item = polku_peruste_list_get_item;
}

/* GObject overrides */

static void
polku_peruste_list_constructed (GObject *object)
{
  PolkuPerusteList *self = (PolkuPerusteList *)object;
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (polku_peruste_list_parent_class)->constructed (object);

  g_assert (POLKU_IS_STORE (self->store));

  g_signal_connect_object (self->store, "changed::catalogue",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "reset",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  if (!polku_peruste_list_reload (self, &error))
    g_warning ("Could not read the catalogue: %s", error->message);
}

static void
polku_peruste_list_dispose (GObject *object)
{
  PolkuPerusteList *self = (PolkuPerusteList *)object;

  g_clear_object (&self->store);
  if (self->items != NULL)
    g_ptr_array_set_size (self->items, 0);

  G_OBJECT_CLASS (polku_peruste_list_parent_class)->dispose (object);
}

static void
polku_peruste_list_finalize (GObject *object)
{
  PolkuPerusteList *self = (PolkuPerusteList *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_free (self->language);

  G_OBJECT_CLASS (polku_peruste_list_parent_class)->finalize (object);
}

static void
polku_peruste_list_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PolkuPerusteList *self = POLKU_PERUSTE_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_peruste_list_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PolkuPerusteList *self = POLKU_PERUSTE_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_LANGUAGE:
      polku_peruste_list_set_language (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_peruste_list_class_init (PolkuPerusteListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = polku_peruste_list_constructed;
  object_class->dispose = polku_peruste_list_dispose;
  object_class->finalize = polku_peruste_list_finalize;
  object_class->get_property = polku_peruste_list_get_property;
  object_class->set_property = polku_peruste_list_set_property;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         POLKU_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * PolkuPerusteList:language:
   *
   * "fi" or "sv", handed to every item.
   */
  properties [PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, "fi",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_peruste_list_init (PolkuPerusteList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->language = g_strdup ("fi");
}

/* Public API */

PolkuPerusteList *
polku_peruste_list_new (PolkuStore *store)
{
  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);

  return g_object_new (POLKU_TYPE_PERUSTE_LIST, "store", store, NULL);
}

PolkuStore *
polku_peruste_list_get_store (PolkuPerusteList *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE_LIST (self), NULL);

  return self->store;
}

/**
 * polku_peruste_list_reload:
 *
 * Reads the catalogue again. Done by itself on the store's
 * "changed::catalogue" and "reset"; on failure the list stays as it was.
 */
gboolean
polku_peruste_list_reload (PolkuPerusteList  *self,
                           GError           **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) old_items = NULL;
  guint n_old;

  g_return_val_if_fail (POLKU_IS_PERUSTE_LIST (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->store == NULL)
    return TRUE;

  records = polku_store_list_perusteet (self->store, error);
  if (records == NULL)
    return FALSE;

  /* Swap first, then announce: handlers may read the list again. */
  old_items = g_steal_pointer (&self->items);
  n_old = old_items->len;
  self->items = g_ptr_array_new_full (records->len, g_object_unref);
  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (self->items, polku_peruste_new (g_ptr_array_index (records, i), self->language));

  g_list_model_items_changed (G_LIST_MODEL (self), 0, n_old, self->items->len);
  if (n_old != self->items->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);

  return TRUE;
}

const char *
polku_peruste_list_get_language (PolkuPerusteList *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE_LIST (self), NULL);

  return self->language;
}

/**
 * polku_peruste_list_set_language:
 * @language: "fi" or "sv"
 */
void
polku_peruste_list_set_language (PolkuPerusteList *self,
                                 const char       *language)
{
  g_return_if_fail (POLKU_IS_PERUSTE_LIST (self));
  g_return_if_fail (language != NULL);

  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);

  for (guint i = 0; i < self->items->len; i++)
    polku_peruste_set_language (g_ptr_array_index (self->items, i), language);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LANGUAGE]);
}

/**
 * polku_peruste_list_find:
 * @position: (out) (optional): where it is
 *
 * Returns: (transfer none) (nullable): the peruste with @peruste_id
 */
PolkuPeruste *
polku_peruste_list_find (PolkuPerusteList *self,
                         gint64            peruste_id,
                         guint            *position)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE_LIST (self), NULL);

  for (guint i = 0; i < self->items->len; i++)
    {
      PolkuPeruste *peruste = g_ptr_array_index (self->items, i);

      if (polku_peruste_get_id (peruste) == peruste_id)
        {
          if (position != NULL)
            *position = i;
          return peruste;
        }
    }

  return NULL;
}
