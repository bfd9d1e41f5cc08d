/* polku-coverage-matrix.c: the coverage matrix of one unit on screen. The
 * picture comes from polku-coverage-drawing.c (shared with printing); this
 * widget feeds it from the models, picks colours from the style so that light
 * and dark both read, explains cells in tooltips and keeps a spoken summary as
 * its accessible label.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-coverage-matrix"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-coverage-drawing.h"
#include "polku-coverage-matrix.h"
#include "polku-coverage-row.h"
#include "polku-task.h"

struct _PolkuCoverageMatrix
{
  GtkWidget           parent_instance;

  /* Owned */
  GListModel         *tasks;      /* PolkuTask: the columns */
  GListModel         *rows;       /* PolkuCoverageRow */
  GPtrArray          *watched;    /* the items whose changes redraw */
  PolkuCoverageChart *chart;
  char               *title;
  char               *summary;
  guint               update_id;
};

G_DEFINE_FINAL_TYPE (PolkuCoverageMatrix, polku_coverage_matrix, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TASKS,
  PROP_ROWS,
  PROP_TITLE,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void rebuild (PolkuCoverageMatrix *self);

/* Auxiliary methods */

static gboolean
lookup_color (GtkWidget          *widget,
              const char         *name,
              PolkuCoverageColor *color)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA rgba;

  if (!gtk_style_context_lookup_color (context, name, &rgba))
    return FALSE;

  *color = (PolkuCoverageColor) { rgba.red, rgba.green, rgba.blue, rgba.alpha };
  return TRUE;
}

/* libadwaita's named colours: the accent for marks, the error colour for what is
 * missing, tints of the text colour for lines and bands. They follow the dark
 * style (and the accent) by themselves. */
static void
get_style (PolkuCoverageMatrix *self,
           PolkuCoverageStyle  *style)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GdkRGBA fg;

  polku_coverage_style_init_default (style);
  style->label_width = 260;
  style->label_lines = 3;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  style->foreground = (PolkuCoverageColor) { fg.red, fg.green, fg.blue, fg.alpha };
  style->grid = (PolkuCoverageColor) { fg.red, fg.green, fg.blue, 0.14 };
  style->group_background = (PolkuCoverageColor) { fg.red, fg.green, fg.blue, 0.07 };

  if (!lookup_color (widget, "card_bg_color", &style->background))
    lookup_color (widget, "view_bg_color", &style->background);
  /* A card is translucent: the "!" must stay opaque. */
  style->background.alpha = 1.0;
  if (!lookup_color (widget, "accent_color", &style->mark))
    lookup_color (widget, "accent_bg_color", &style->mark);
  if (lookup_color (widget, "error_color", &style->uncovered))
    {
      style->uncovered_background = style->uncovered;
      style->uncovered_background.alpha = 0.12;
    }
}

static void
unwatch_all (PolkuCoverageMatrix *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_ptr_array_set_size (self->watched, 0);
}

static void
item_notify_cb (PolkuCoverageMatrix *self)
{
  if (self->update_id == 0)
    self->update_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, (GSourceFunc) G_CALLBACK (rebuild),
                                       self, NULL);
}

static void
watch_model (PolkuCoverageMatrix *self,
             GListModel          *model)
{
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    {
      GObject *item = g_list_model_get_item (model, i);

      g_signal_connect_swapped (item, "notify", G_CALLBACK (item_notify_cb), self);
      g_ptr_array_add (self->watched, item);
    }
}

static char *
row_group (PolkuCoverageRow *row)
{
  const char *osa_alue = polku_coverage_row_get_osa_alue_name (row);
  const char *kohdealue = polku_coverage_row_get_kohdealue (row);

  if (osa_alue != NULL && kohdealue != NULL)
    /* Translators: a group of requirements in the coverage matrix: a common unit's osa-alue, then a kohdealue. */
    return g_strdup_printf (_("%s: %s"), osa_alue, kohdealue);
  return g_strdup (osa_alue != NULL ? osa_alue : kohdealue);
}

static char *
make_summary (PolkuCoverageMatrix *self,
              guint                n_covered,
              guint                n_total,
              guint                n_tasks)
{
  g_autofree char *figure = NULL;

  if (n_total == 0)
    return g_strdup (_("Coverage matrix: no requirements"));

  figure = g_strdup_printf (ngettext ("%u of %u requirement covered",
                                      "%u of %u requirements covered", n_total),
                            n_covered, n_total);

  /* Translators: the spoken summary of the coverage matrix; the first %s is a unit's name,
   * the second e.g. "3 of 7 requirements covered", %u the number of tasks. */
  return g_strdup_printf (ngettext ("Coverage matrix of %s: %s by %u task, %u not covered",
                                    "Coverage matrix of %s: %s by %u tasks, %u not covered", n_tasks),
                          self->title != NULL ? self->title : _("the unit"), figure, n_tasks,
                          n_total - n_covered);
}

static void
update_accessible (PolkuCoverageMatrix *self,
                   guint                n_covered,
                   guint                n_total,
                   guint                n_tasks)
{
  g_autoptr(GString) description = g_string_new (NULL);
  guint n_rows = self->rows != NULL ? g_list_model_get_n_items (self->rows) : 0;
  g_autofree char *summary = make_summary (self, n_covered, n_total, n_tasks);

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(PolkuCoverageRow) row = g_list_model_get_item (self->rows, i);

      if (polku_coverage_row_get_covered (row))
        continue;
      if (description->len == 0)
        g_string_append (description, _("Not covered:"));
      g_string_append_printf (description, " %s;", polku_coverage_row_get_text (row));
    }
  if (description->len > 0)
    g_string_truncate (description, description->len - 1);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, summary,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);

  if (g_strcmp0 (summary, self->summary) != 0)
    {
      g_free (self->summary);
      self->summary = g_steal_pointer (&summary);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SUMMARY]);
    }
}

static void
rebuild (PolkuCoverageMatrix *self)
{
  guint n_tasks = self->tasks != NULL ? g_list_model_get_n_items (self->tasks) : 0;
  guint n_rows = self->rows != NULL ? g_list_model_get_n_items (self->rows) : 0;
  guint n_covered = 0;
  g_autoptr(GArray) task_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_tasks);

  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_pointer (&self->chart, polku_coverage_chart_free);

  self->chart = polku_coverage_chart_new ();
  polku_coverage_chart_set_labels (self->chart, _("Not covered"), NULL, NULL, NULL);

  for (guint i = 0; i < n_tasks; i++)
    {
      g_autoptr(PolkuTask) task = g_list_model_get_item (self->tasks, i);
      gint64 id = polku_task_get_id (task);

      polku_coverage_chart_add_column (self->chart, polku_task_get_title (task));
      g_array_append_val (task_ids, id);
    }

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(PolkuCoverageRow) row = g_list_model_get_item (self->rows, i);
      g_autofree char *group = row_group (row);
      gboolean covered = polku_coverage_row_get_covered (row);
      guint index;

      index = polku_coverage_chart_add_row (self->chart, group, polku_coverage_row_get_text (row),
                                            polku_coverage_row_get_record (row)->depth, covered);
      if (covered)
        n_covered++;

      for (guint j = 0; j < n_tasks; j++)
        {
          gboolean by_code = FALSE;

          if (polku_coverage_row_has_task (row, g_array_index (task_ids, gint64, j), &by_code))
            polku_coverage_chart_set_mark (self->chart, index, j,
                                           by_code ? POLKU_COVERAGE_MARK_BY_CODE : POLKU_COVERAGE_MARK_DIRECT);
        }
    }

  update_accessible (self, n_covered, n_rows, n_tasks);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
models_changed (PolkuCoverageMatrix *self)
{
  unwatch_all (self);
  watch_model (self, self->tasks);
  watch_model (self, self->rows);
  rebuild (self);
}

static char *
describe_cell (PolkuCoverageMatrix *self,
               int                  row_index,
               int                  column)
{
  g_autoptr(PolkuCoverageRow) row = g_list_model_get_item (self->rows, row_index);
  g_autoptr(PolkuTask) task = NULL;
  g_autofree char *tasks_text = NULL;
  const char *text = polku_coverage_row_get_text (row);
  gboolean by_code = FALSE;

  if (column < 0)
    {
      if (!polku_coverage_row_get_covered (row))
        /* Translators: a tooltip in the coverage matrix; %s is a requirement. */
        return g_markup_printf_escaped (_("%s\n<b>Not covered</b> by any task"), text);

      tasks_text = polku_coverage_row_dup_tasks_text (row);
      /* Translators: a tooltip in the coverage matrix; the first %s is a requirement, the second the tasks covering it. */
      return g_markup_printf_escaped (_("%s\n<b>Covered by:</b> %s"), text, tasks_text);
    }

  task = g_list_model_get_item (self->tasks, column);
  if (task == NULL)
    return NULL;

  if (!polku_coverage_row_has_task (row, polku_task_get_id (task), &by_code))
    /* Translators: a tooltip on an empty cell; the first %s is a task, the second a requirement. */
    return g_markup_printf_escaped (_("<b>%s</b> does not cover\n%s"), polku_task_get_title (task), text);
  if (by_code)
    /* Translators: a tooltip on a cell; the first %s is a task, the second a requirement. */
    return g_markup_printf_escaped (_("<b>%s</b> covers, by the national code,\n%s"),
                                    polku_task_get_title (task), text);
  /* Translators: a tooltip on a cell; the first %s is a task, the second a requirement. */
  return g_markup_printf_escaped (_("<b>%s</b> covers\n%s"), polku_task_get_title (task), text);
}

/* Callbacks */

static void
items_changed_cb (PolkuCoverageMatrix *self)
{
  models_changed (self);
}

static gboolean
query_tooltip_cb (PolkuCoverageMatrix *self,
                  int                  x,
                  int                  y,
                  gboolean             keyboard,
                  GtkTooltip          *tooltip)
{
  PolkuCoverageStyle style;
  g_autofree char *markup = NULL;
  int row, column;

  if (keyboard || self->chart == NULL || self->rows == NULL)
    return FALSE;

  get_style (self, &style);
  if (!polku_coverage_chart_hit_test (self->chart, gtk_widget_get_pango_context (GTK_WIDGET (self)),
                                      &style, x, y, &row, &column))
    return FALSE;

  markup = describe_cell (self, row, column);
  if (markup == NULL)
    return FALSE;

  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

/* GtkWidget overrides */

static void
polku_coverage_matrix_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  PolkuCoverageMatrix *self = POLKU_COVERAGE_MATRIX (widget);
  PolkuCoverageStyle style;
  double width = 0, height = 0;

  if (self->chart != NULL && polku_coverage_chart_get_n_rows (self->chart) > 0)
    {
      get_style (self, &style);
      polku_coverage_chart_get_size (self->chart, gtk_widget_get_pango_context (widget), &style, FALSE,
                                     &width, &height);
    }

  *minimum = *natural = (int) (orientation == GTK_ORIENTATION_HORIZONTAL ? width : height);
}

static void
polku_coverage_matrix_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  PolkuCoverageMatrix *self = POLKU_COVERAGE_MATRIX (widget);
  PolkuCoverageStyle style;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->chart == NULL || polku_coverage_chart_get_n_rows (self->chart) == 0 || width <= 0 || height <= 0)
    return;

  get_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  polku_coverage_chart_draw (self->chart, cr, gtk_widget_get_pango_context (widget), &style, FALSE);
  cairo_destroy (cr);
}

static void
polku_coverage_matrix_css_changed (GtkWidget         *widget,
                                   GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (polku_coverage_matrix_parent_class)->css_changed (widget, change);

  /* The dark style or a new accent changes the named colours. */
  gtk_widget_queue_resize (widget);
}

/* GObject overrides */

static void
polku_coverage_matrix_dispose (GObject *object)
{
  PolkuCoverageMatrix *self = (PolkuCoverageMatrix *)object;

  g_clear_handle_id (&self->update_id, g_source_remove);
  if (self->watched != NULL)
    unwatch_all (self);
  if (self->tasks != NULL)
    g_signal_handlers_disconnect_by_data (self->tasks, self);
  if (self->rows != NULL)
    g_signal_handlers_disconnect_by_data (self->rows, self);
  g_clear_object (&self->tasks);
  g_clear_object (&self->rows);

  G_OBJECT_CLASS (polku_coverage_matrix_parent_class)->dispose (object);
}

static void
polku_coverage_matrix_finalize (GObject *object)
{
  PolkuCoverageMatrix *self = (PolkuCoverageMatrix *)object;

  g_clear_pointer (&self->watched, g_ptr_array_unref);
  g_clear_pointer (&self->chart, polku_coverage_chart_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (polku_coverage_matrix_parent_class)->finalize (object);
}

static void
polku_coverage_matrix_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PolkuCoverageMatrix *self = POLKU_COVERAGE_MATRIX (object);

  switch (prop_id)
    {
    case PROP_TASKS:
      g_value_set_object (value, self->tasks);
      break;

    case PROP_ROWS:
      g_value_set_object (value, self->rows);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, polku_coverage_matrix_get_summary (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_coverage_matrix_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PolkuCoverageMatrix *self = POLKU_COVERAGE_MATRIX (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      polku_coverage_matrix_set_title (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_coverage_matrix_class_init (PolkuCoverageMatrixClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_coverage_matrix_dispose;
  object_class->finalize = polku_coverage_matrix_finalize;
  object_class->get_property = polku_coverage_matrix_get_property;
  object_class->set_property = polku_coverage_matrix_set_property;

  widget_class->measure = polku_coverage_matrix_measure;
  widget_class->snapshot = polku_coverage_matrix_snapshot;
  widget_class->css_changed = polku_coverage_matrix_css_changed;

  /* The columns: PolkuTask, the workshop's active tasks */
  properties [PROP_TASKS] =
    g_param_spec_object ("tasks", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* The rows: PolkuCoverageRow */
  properties [PROP_ROWS] =
    g_param_spec_object ("rows", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* What the matrix is of (a unit's name), for the summary */
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* The coverage in words: also the accessible label */
  properties [PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "coveragematrix");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
polku_coverage_matrix_init (PolkuCoverageMatrix *self)
{
  self->watched = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_START);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  rebuild (self);
}

/* Public API */

GtkWidget *
polku_coverage_matrix_new (void)
{
  return g_object_new (POLKU_TYPE_COVERAGE_MATRIX, NULL);
}

/**
 * polku_coverage_matrix_set_models:
 * @tasks: (nullable): the columns, PolkuTask
 * @rows: (nullable): the rows, PolkuCoverageRow (e.g. polku_coverage_unit_get_rows())
 *
 * The matrix follows both models and their items' changes.
 */
void
polku_coverage_matrix_set_models (PolkuCoverageMatrix *self,
                                  GListModel          *tasks,
                                  GListModel          *rows)
{
  g_return_if_fail (POLKU_IS_COVERAGE_MATRIX (self));
  g_return_if_fail (!tasks || G_IS_LIST_MODEL (tasks));
  g_return_if_fail (!rows || G_IS_LIST_MODEL (rows));

  if (self->tasks != NULL)
    g_signal_handlers_disconnect_by_data (self->tasks, self);
  if (self->rows != NULL)
    g_signal_handlers_disconnect_by_data (self->rows, self);

  g_set_object (&self->tasks, tasks);
  g_set_object (&self->rows, rows);

  if (tasks != NULL)
    g_signal_connect_swapped (tasks, "items-changed", G_CALLBACK (items_changed_cb), self);
  if (rows != NULL)
    g_signal_connect_swapped (rows, "items-changed", G_CALLBACK (items_changed_cb), self);

  models_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TASKS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ROWS]);
}

GListModel *
polku_coverage_matrix_get_tasks (PolkuCoverageMatrix *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_MATRIX (self), NULL);

  return self->tasks;
}

GListModel *
polku_coverage_matrix_get_rows (PolkuCoverageMatrix *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_MATRIX (self), NULL);

  return self->rows;
}

const char *
polku_coverage_matrix_get_title (PolkuCoverageMatrix *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_MATRIX (self), NULL);

  return self->title;
}

void
polku_coverage_matrix_set_title (PolkuCoverageMatrix *self,
                                 const char          *title)
{
  g_return_if_fail (POLKU_IS_COVERAGE_MATRIX (self));

  if (g_strcmp0 (self->title, title) != 0)
    {
      g_free (self->title);
      self->title = g_strdup (title);
      rebuild (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
    }
}

/**
 * polku_coverage_matrix_get_summary:
 *
 * Returns: the coverage in words, as a screen reader hears the matrix
 */
const char *
polku_coverage_matrix_get_summary (PolkuCoverageMatrix *self)
{
  g_return_val_if_fail (POLKU_IS_COVERAGE_MATRIX (self), NULL);

  /* Pending item changes count already. */
  if (self->update_id != 0)
    rebuild (self);

  return self->summary;
}

/**
 * polku_coverage_matrix_get_style:
 *
 * The colours and sizes the matrix draws with now (for a legend beside it).
 */
void
polku_coverage_matrix_get_style (PolkuCoverageMatrix *self,
                                 PolkuCoverageStyle  *style)
{
  g_return_if_fail (POLKU_IS_COVERAGE_MATRIX (self));
  g_return_if_fail (style != NULL);

  get_style (self, style);
}
