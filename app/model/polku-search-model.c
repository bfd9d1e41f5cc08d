/* polku-search-model.c: a GListModel of PolkuSearchItem, grouped by kind
 * (qualifications, units, requirements); it searches again when the query, the
 * catalogue or the catalogue language changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-search-model"

#include "config.h"

#include "polku-search-model.h"

#define DEFAULT_LIMIT 20

struct _PolkuSearchModel
{
  GObject       parent_instance;

  /* Owned */
  PolkuContext *context;
  GPtrArray    *items;
  char         *query;
  guint         limit_per_kind;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PolkuSearchModel, polku_search_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_QUERY,
  PROP_LIMIT_PER_KIND,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static void
replace_items (PolkuSearchModel *self,
               GPtrArray        *items)
{
  guint removed = self->items->len;
  guint added = items->len;

  g_ptr_array_unref (self->items);
  self->items = g_ptr_array_ref (items);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, added);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);
}

static void
run_search (PolkuSearchModel *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  gboolean swedish;

  if (self->context == NULL || self->query == NULL)
    {
      replace_items (self, items);
      return;
    }

  swedish = g_settings_get_boolean (polku_context_get_settings (self->context), "show-swedish");
  hits = polku_store_catalogue_search (polku_context_get_store (self->context),
                                       self->query, self->limit_per_kind, &error);
  if (hits == NULL)
    {
      /* The query itself can never fail (see the query builder): this is the database. */
      g_warning ("Catalogue search failed: %s", error->message);
      replace_items (self, items);
      return;
    }

  for (guint i = 0; i < hits->len; i++)
    g_ptr_array_add (items, polku_search_item_new_from_hit (g_ptr_array_index (hits, i),
                                                            self->query, swedish));

  replace_items (self, items);
}

static void
catalogue_changed_cb (PolkuSearchModel *self)
{
  run_search (self);
}

/* GListModel */

static GType
polku_search_model_get_item_type (GListModel *model)
{
  return POLKU_TYPE_SEARCH_ITEM;
}

static guint
polku_search_model_get_n_items (GListModel *model)
{
  return POLKU_SEARCH_MODEL (model)->items->len;
}

static gpointer
polku_search_model_get_item (GListModel *model,
                             guint       position)
{
  PolkuSearchModel *self = POLKU_SEARCH_MODEL (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = polku_search_model_get_item_type;
  iface->get_n_items = polku_search_model_get_n_items;
  iface->get_item = polku_search_model_get_item;
}

/* GObject overrides */

static void
polku_search_model_constructed (GObject *object)
{
  PolkuSearchModel *self = (PolkuSearchModel *)object;

  G_OBJECT_CLASS (polku_search_model_parent_class)->constructed (object);

  g_return_if_fail (POLKU_IS_CONTEXT (self->context));

  g_signal_connect_object (polku_context_get_store (self->context), "changed::catalogue",
                           G_CALLBACK (catalogue_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (polku_context_get_store (self->context), "reset",
                           G_CALLBACK (catalogue_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (polku_context_get_settings (self->context), "changed::show-swedish",
                           G_CALLBACK (catalogue_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
polku_search_model_finalize (GObject *object)
{
  PolkuSearchModel *self = (PolkuSearchModel *)object;

  g_clear_object (&self->context);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_free (self->query);

  G_OBJECT_CLASS (polku_search_model_parent_class)->finalize (object);
}

static void
polku_search_model_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PolkuSearchModel *self = POLKU_SEARCH_MODEL (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;

    case PROP_LIMIT_PER_KIND:
      g_value_set_uint (value, self->limit_per_kind);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_search_model_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PolkuSearchModel *self = POLKU_SEARCH_MODEL (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_QUERY:
      polku_search_model_set_query (self, g_value_get_string (value));
      break;

    case PROP_LIMIT_PER_KIND:
      polku_search_model_set_limit_per_kind (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_search_model_class_init (PolkuSearchModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = polku_search_model_constructed;
  object_class->finalize = polku_search_model_finalize;
  object_class->get_property = polku_search_model_get_property;
  object_class->set_property = polku_search_model_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         POLKU_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_LIMIT_PER_KIND] =
    g_param_spec_uint ("limit-per-kind", NULL, NULL,
                       1, 1000, DEFAULT_LIMIT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_search_model_init (PolkuSearchModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->limit_per_kind = DEFAULT_LIMIT;
}

/* Public API */

PolkuSearchModel *
polku_search_model_new (PolkuContext *context)
{
  g_return_val_if_fail (POLKU_IS_CONTEXT (context), NULL);

  return g_object_new (POLKU_TYPE_SEARCH_MODEL, "context", context, NULL);
}

PolkuContext *
polku_search_model_get_context (PolkuSearchModel *self)
{
  g_return_val_if_fail (POLKU_IS_SEARCH_MODEL (self), NULL);
  return self->context;
}

const char *
polku_search_model_get_query (PolkuSearchModel *self)
{
  g_return_val_if_fail (POLKU_IS_SEARCH_MODEL (self), NULL);
  return self->query;
}

/**
 * polku_search_model_set_query:
 * @query: (nullable): what the person typed; %NULL or "" empties the model
 *
 * Searches at once: a search takes well under a frame, so that results
 * follow the typing.
 */
void
polku_search_model_set_query (PolkuSearchModel *self,
                              const char       *query)
{
  g_return_if_fail (POLKU_IS_SEARCH_MODEL (self));

  if (query != NULL && *query == '\0')
    query = NULL;

  if (g_strcmp0 (self->query, query) == 0)
    return;

  g_free (self->query);
  self->query = g_strdup (query);
  run_search (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_QUERY]);
}

guint
polku_search_model_get_limit_per_kind (PolkuSearchModel *self)
{
  g_return_val_if_fail (POLKU_IS_SEARCH_MODEL (self), 0);
  return self->limit_per_kind;
}

void
polku_search_model_set_limit_per_kind (PolkuSearchModel *self,
                                       guint             limit)
{
  g_return_if_fail (POLKU_IS_SEARCH_MODEL (self));
  g_return_if_fail (limit > 0);

  if (self->limit_per_kind == limit)
    return;

  self->limit_per_kind = limit;
  run_search (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LIMIT_PER_KIND]);
}

/**
 * polku_search_model_count_kind:
 *
 * Returns: how many of the items are of @kind
 */
guint
polku_search_model_count_kind (PolkuSearchModel      *self,
                               PolkuCatalogueHitKind  kind)
{
  guint count = 0;

  g_return_val_if_fail (POLKU_IS_SEARCH_MODEL (self), 0);

  for (guint i = 0; i < self->items->len; i++)
    {
      if (polku_search_item_get_kind (g_ptr_array_index (self->items, i)) == kind)
        count++;
    }

  return count;
}

/**
 * polku_search_model_refresh:
 *
 * Searches again with the same query.
 */
void
polku_search_model_refresh (PolkuSearchModel *self)
{
  g_return_if_fail (POLKU_IS_SEARCH_MODEL (self));

  run_search (self);
}
