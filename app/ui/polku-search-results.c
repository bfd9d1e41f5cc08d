/* polku-search-results.c: catalogue search results in three boxed lists
 * (qualifications, units, requirements), each a filtered view of one
 * PolkuSearchModel. The search entry belongs to the page that shows this.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-search-results"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-search-model.h"
#include "polku-search-results.h"

struct _PolkuSearchResults
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkStack          *stack;
  GtkScrolledWindow *scroller;
  GtkWidget         *perusteet_heading;
  GtkListBox        *perusteet_list;
  GtkWidget         *units_heading;
  GtkListBox        *units_list;
  GtkWidget         *requirements_heading;
  GtkListBox        *requirements_list;

  /* Owned */
  PolkuContext      *context;
  PolkuSearchModel  *model;
  GListModel        *filtered[POLKU_CATALOGUE_N_HIT_KINDS];
  char              *query;
};

G_DEFINE_FINAL_TYPE (PolkuSearchResults, polku_search_results, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_QUERY,
  N_PROPS
};

enum {
  ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

/* Auxiliary methods */

static GtkListBox *
list_for_kind (PolkuSearchResults    *self,
               PolkuCatalogueHitKind  kind)
{
  switch (kind)
    {
    case POLKU_CATALOGUE_HIT_PERUSTE:
      return self->perusteet_list;
    case POLKU_CATALOGUE_HIT_UNIT:
      return self->units_list;
    case POLKU_CATALOGUE_HIT_REQUIREMENT:
    default:
      return self->requirements_list;
    }
}

static GtkWidget *
heading_for_kind (PolkuSearchResults    *self,
                  PolkuCatalogueHitKind  kind)
{
  switch (kind)
    {
    case POLKU_CATALOGUE_HIT_PERUSTE:
      return self->perusteet_heading;
    case POLKU_CATALOGUE_HIT_UNIT:
      return self->units_heading;
    case POLKU_CATALOGUE_HIT_REQUIREMENT:
    default:
      return self->requirements_heading;
    }
}

static gboolean
filter_kind (gpointer item,
             gpointer user_data)
{
  return polku_search_item_get_kind (item) == (PolkuCatalogueHitKind) GPOINTER_TO_INT (user_data);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  PolkuSearchItem *search_item = item;
  g_autofree char *subtitle = NULL;
  GtkWidget *row;
  GtkWidget *arrow;

  subtitle = g_markup_escape_text (polku_search_item_get_subtitle (search_item) ?: "", -1);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), TRUE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), polku_search_item_get_title_markup (search_item));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Open"),
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

  g_object_set_data_full (G_OBJECT (row), "polku-search-item", g_object_ref (search_item), g_object_unref);
  return row;
}

static void
update_state (PolkuSearchResults *self)
{
  g_autofree char *match = NULL;
  guint total = 0;

  for (guint kind = 0; kind < POLKU_CATALOGUE_N_HIT_KINDS; kind++)
    {
      guint n = self->filtered[kind] != NULL ? g_list_model_get_n_items (self->filtered[kind]) : 0;

      gtk_widget_set_visible (heading_for_kind (self, kind), n > 0);
      gtk_widget_set_visible (GTK_WIDGET (list_for_kind (self, kind)), n > 0);
      total += n;
    }

  if (self->query != NULL)
    match = polku_catalogue_search_build_match (self->query);

  if (match == NULL)
    {
      /* Nothing searchable typed yet (or only punctuation). */
      gtk_stack_set_visible_child_name (self->stack, total > 0 ? "results" : "idle");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, total > 0 ? "results" : "empty");
}

static GtkListBoxRow *
first_row (GtkListBox *list)
{
  if (!gtk_widget_get_visible (GTK_WIDGET (list)))
    return NULL;

  return gtk_list_box_get_row_at_index (list, 0);
}

static GtkListBoxRow *
last_row (GtkListBox *list)
{
  GtkWidget *last;

  if (!gtk_widget_get_visible (GTK_WIDGET (list)))
    return NULL;

  last = gtk_widget_get_last_child (GTK_WIDGET (list));
  while (last != NULL && !GTK_IS_LIST_BOX_ROW (last))
    last = gtk_widget_get_prev_sibling (last);

  return last != NULL ? GTK_LIST_BOX_ROW (last) : NULL;
}

/* Callbacks */

static void
model_items_changed_cb (PolkuSearchResults *self)
{
  update_state (self);
}

static void
row_activated_cb (PolkuSearchResults *self,
                  GtkListBoxRow      *row,
                  GtkListBox         *list)
{
  PolkuSearchItem *item = g_object_get_data (G_OBJECT (row), "polku-search-item");

  if (item == NULL)
    return;

  g_signal_emit (self, signals [ACTIVATED], 0,
                 polku_search_item_get_kind_name (item),
                 polku_search_item_get_id (item));
}

/* Arrow keys run on from one list into the next, as if they were one. */
static gboolean
keynav_failed_cb (PolkuSearchResults *self,
                  GtkDirectionType    direction,
                  GtkListBox         *list)
{
  int kind;

  for (kind = 0; kind < POLKU_CATALOGUE_N_HIT_KINDS; kind++)
    {
      if (list_for_kind (self, kind) == list)
        break;
    }

  if (direction == GTK_DIR_DOWN)
    {
      for (int next = kind + 1; next < POLKU_CATALOGUE_N_HIT_KINDS; next++)
        {
          GtkListBoxRow *row = first_row (list_for_kind (self, next));

          if (row != NULL)
            return gtk_widget_grab_focus (GTK_WIDGET (row));
        }
    }
  else if (direction == GTK_DIR_UP)
    {
      for (int previous = kind - 1; previous >= 0; previous--)
        {
          GtkListBoxRow *row = last_row (list_for_kind (self, previous));

          if (row != NULL)
            return gtk_widget_grab_focus (GTK_WIDGET (row));
        }
    }

  return FALSE;
}

/* GObject overrides */

static void
polku_search_results_dispose (GObject *object)
{
  PolkuSearchResults *self = (PolkuSearchResults *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_SEARCH_RESULTS);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  for (guint kind = 0; kind < POLKU_CATALOGUE_N_HIT_KINDS; kind++)
    g_clear_object (&self->filtered[kind]);
  g_clear_object (&self->model);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (polku_search_results_parent_class)->dispose (object);
}

static void
polku_search_results_finalize (GObject *object)
{
  PolkuSearchResults *self = (PolkuSearchResults *)object;

  g_free (self->query);

  G_OBJECT_CLASS (polku_search_results_parent_class)->finalize (object);
}

static void
polku_search_results_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PolkuSearchResults *self = POLKU_SEARCH_RESULTS (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_search_results_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PolkuSearchResults *self = POLKU_SEARCH_RESULTS (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      polku_search_results_set_context (self, g_value_get_object (value));
      break;

    case PROP_QUERY:
      polku_search_results_set_query (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_search_results_class_init (PolkuSearchResultsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_search_results_dispose;
  object_class->finalize = polku_search_results_finalize;
  object_class->get_property = polku_search_results_get_property;
  object_class->set_property = polku_search_results_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         POLKU_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PolkuSearchResults::activated:
   * @kind: "peruste", "unit" or "requirement"
   * @id: the peruste_id, unit_id or requirement_id
   *
   * A result was chosen (click, Enter, or polku_search_results_activate_first()).
   */
  signals [ACTIVATED] =
    g_signal_new ("activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-search-results.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, PolkuSearchResults, perusteet_heading);
  gtk_widget_class_bind_template_child (widget_class, PolkuSearchResults, perusteet_list);
  gtk_widget_class_bind_template_child (widget_class, PolkuSearchResults, requirements_heading);
  gtk_widget_class_bind_template_child (widget_class, PolkuSearchResults, requirements_list);
  gtk_widget_class_bind_template_child (widget_class, PolkuSearchResults, scroller);
  gtk_widget_class_bind_template_child (widget_class, PolkuSearchResults, stack);
  gtk_widget_class_bind_template_child (widget_class, PolkuSearchResults, units_heading);
  gtk_widget_class_bind_template_child (widget_class, PolkuSearchResults, units_list);
  gtk_widget_class_bind_template_callback (widget_class, keynav_failed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
polku_search_results_init (PolkuSearchResults *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_state (self);
}

/* Public API */

GtkWidget *
polku_search_results_new (void)
{
  return g_object_new (POLKU_TYPE_SEARCH_RESULTS, NULL);
}

void
polku_search_results_set_context (PolkuSearchResults *self,
                                  PolkuContext       *context)
{
  g_return_if_fail (POLKU_IS_SEARCH_RESULTS (self));
  g_return_if_fail (context == NULL || POLKU_IS_CONTEXT (context));

  if (self->context == context)
    return;

  for (guint kind = 0; kind < POLKU_CATALOGUE_N_HIT_KINDS; kind++)
    {
      gtk_list_box_bind_model (list_for_kind (self, kind), NULL, NULL, NULL, NULL);
      g_clear_object (&self->filtered[kind]);
    }
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);

  g_set_object (&self->context, context);

  if (context != NULL)
    {
      self->model = polku_search_model_new (context);

      for (guint kind = 0; kind < POLKU_CATALOGUE_N_HIT_KINDS; kind++)
        {
          GtkCustomFilter *filter = gtk_custom_filter_new (filter_kind, GINT_TO_POINTER (kind), NULL);

          self->filtered[kind] = G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->model)),
                                                                          GTK_FILTER (filter)));
          gtk_list_box_bind_model (list_for_kind (self, kind), self->filtered[kind], create_row, self, NULL);
        }

      /* After the filter models, so that they have their new items when we count. */
      g_signal_connect_object (self->model, "items-changed",
                               G_CALLBACK (model_items_changed_cb), self, G_CONNECT_SWAPPED);
      polku_search_model_set_query (self->model, self->query);
    }

  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTEXT]);
}

/**
 * polku_search_results_set_query:
 * @query: (nullable): what the person typed
 *
 * Shows the results of @query at once (the entry's own "search-changed" delay is
 * the only one).
 */
void
polku_search_results_set_query (PolkuSearchResults *self,
                                const char         *query)
{
  g_return_if_fail (POLKU_IS_SEARCH_RESULTS (self));

  if (query != NULL && *query == '\0')
    query = NULL;

  if (g_strcmp0 (self->query, query) == 0)
    return;

  g_free (self->query);
  self->query = g_strdup (query);

  if (self->model != NULL)
    polku_search_model_set_query (self->model, query);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_QUERY]);
}

/**
 * polku_search_results_get_n_results:
 *
 * Returns: how many results are shown
 */
guint
polku_search_results_get_n_results (PolkuSearchResults *self)
{
  g_return_val_if_fail (POLKU_IS_SEARCH_RESULTS (self), 0);

  return self->model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;
}

/**
 * polku_search_results_focus_first:
 *
 * Moves the keyboard focus to the first result: for the Down key in the
 * search entry.
 *
 * Returns: whether there was a result to focus
 */
gboolean
polku_search_results_focus_first (PolkuSearchResults *self)
{
  g_return_val_if_fail (POLKU_IS_SEARCH_RESULTS (self), FALSE);

  for (guint kind = 0; kind < POLKU_CATALOGUE_N_HIT_KINDS; kind++)
    {
      GtkListBoxRow *row = first_row (list_for_kind (self, kind));

      if (row != NULL)
        return gtk_widget_grab_focus (GTK_WIDGET (row));
    }

  return FALSE;
}

/**
 * polku_search_results_activate_first:
 *
 * Emits #PolkuSearchResults::activated for the first result: for Enter in the
 * search entry.
 *
 * Returns: whether there was a result
 */
gboolean
polku_search_results_activate_first (PolkuSearchResults *self)
{
  g_autoptr(PolkuSearchItem) item = NULL;

  g_return_val_if_fail (POLKU_IS_SEARCH_RESULTS (self), FALSE);

  if (self->model == NULL)
    return FALSE;

  item = g_list_model_get_item (G_LIST_MODEL (self->model), 0);
  if (item == NULL)
    return FALSE;

  g_signal_emit (self, signals [ACTIVATED], 0,
                 polku_search_item_get_kind_name (item),
                 polku_search_item_get_id (item));
  return TRUE;
}
