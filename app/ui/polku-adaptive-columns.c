/* polku-adaptive-columns.c: a height-for-width container that decides per
 * allocation whether its two children fit side by side. Doing it in the layout
 * (not by switching a GtkBox's orientation from size-allocate) avoids a second
 * layout pass and a frame drawn in the wrong shape. Side by side inside a
 * scrolled window, the end child stays in view (sticky).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-adaptive-columns"

#include "config.h"

#include "polku-adaptive-columns.h"

#define SPACING 24
/* The start column (requirements) gets this share of the width when wide. */
#define START_SHARE 0.56
/* The sticky end column keeps this far from the edge of the view. */
#define STICKY_MARGIN 12

struct _PolkuAdaptiveColumns
{
  GtkWidget  parent_instance;

  GtkWidget *start_child;
  GtkWidget *end_child;
  int        threshold;
  gboolean   wide;

  /* The scrolled window's, for the sticky end column. */
  GtkAdjustment *vadjustment;
};

G_DEFINE_FINAL_TYPE (PolkuAdaptiveColumns, polku_adaptive_columns, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_START_CHILD,
  PROP_END_CHILD,
  PROP_THRESHOLD,
  PROP_WIDE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static gboolean
child_shown (GtkWidget *child)
{
  return child != NULL && gtk_widget_get_visible (child);
}

static void
split_width (PolkuAdaptiveColumns *self,
             int                   width,
             int                  *out_start,
             int                  *out_end)
{
  int start_min = 0, end_min = 0;
  int available = width - SPACING;
  int start;

  gtk_widget_measure (self->start_child, GTK_ORIENTATION_HORIZONTAL, -1, &start_min, NULL, NULL, NULL);
  gtk_widget_measure (self->end_child, GTK_ORIENTATION_HORIZONTAL, -1, &end_min, NULL, NULL, NULL);

  start = (int) (available * START_SHARE);
  start = MAX (start, start_min);
  start = MIN (start, available - end_min);
  start = MAX (start, 0);

  *out_start = start;
  *out_end = MAX (available - start, 0);
}

static gboolean
fits_side_by_side (PolkuAdaptiveColumns *self,
                   int                   width)
{
  return child_shown (self->start_child) && child_shown (self->end_child) &&
         width >= self->threshold;
}

/* Where the end column sits when side by side: it stays in view while the
 * longer start column scrolls by, like CSS position: sticky. A column taller
 * than the view scrolls with the page until its end is in view, then stays.
 * Read at allocation time, when the viewport has set its adjustment. */
static int
sticky_offset (PolkuAdaptiveColumns *self,
               int                   height,
               int                   end_height)
{
  GtkWidget *viewport = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_VIEWPORT);
  GtkWidget *content = viewport != NULL ? gtk_viewport_get_child (GTK_VIEWPORT (viewport)) : NULL;
  GtkAdjustment *adjustment = NULL;
  graphene_point_t origin;
  int visible_top, visible_height;
  int y;

  if (content != NULL)
    adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (viewport));

  if (adjustment != self->vadjustment)
    {
      if (self->vadjustment != NULL)
        g_signal_handlers_disconnect_by_data (self->vadjustment, self);
      g_set_object (&self->vadjustment, adjustment);
      if (adjustment != NULL)
        g_signal_connect_object (adjustment, "value-changed",
                                 G_CALLBACK (gtk_widget_queue_allocate), self, G_CONNECT_SWAPPED);
    }

  if (adjustment == NULL || end_height >= height ||
      !gtk_widget_compute_point (GTK_WIDGET (self), content, &GRAPHENE_POINT_INIT (0, 0), &origin))
    return 0;

  visible_top = (int) (gtk_adjustment_get_value (adjustment) - origin.y);
  visible_height = (int) gtk_adjustment_get_page_size (adjustment);

  if (end_height + STICKY_MARGIN <= visible_height)
    y = visible_top + STICKY_MARGIN;
  else
    y = visible_top + visible_height - end_height - STICKY_MARGIN;

  return CLAMP (y, 0, height - end_height);
}

static void
set_child (PolkuAdaptiveColumns  *self,
           GtkWidget            **slot,
           GtkWidget             *child,
           GParamSpec            *pspec)
{
  if (*slot == child)
    return;

  if (*slot != NULL)
    gtk_widget_unparent (*slot);

  *slot = child;

  if (child != NULL)
    {
      /* The start child comes first for focus and reading order. */
      if (slot == &self->start_child)
        gtk_widget_insert_after (child, GTK_WIDGET (self), NULL);
      else
        gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
    }

  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

/* GtkWidget overrides */

static GtkSizeRequestMode
polku_adaptive_columns_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
polku_adaptive_columns_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  PolkuAdaptiveColumns *self = POLKU_ADAPTIVE_COLUMNS (widget);
  GtkWidget *children[] = { self->start_child, self->end_child };
  int min = 0, nat = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Stacking is always possible, so the widest child is the minimum. */
      int n_shown = 0;

      for (guint i = 0; i < G_N_ELEMENTS (children); i++)
        {
          int child_min = 0, child_nat = 0;

          if (!child_shown (children[i]))
            continue;

          gtk_widget_measure (children[i], orientation, -1, &child_min, &child_nat, NULL, NULL);
          min = MAX (min, child_min);
          nat += child_nat;
          n_shown++;
        }

      if (n_shown == 2)
        nat += SPACING;
      nat = MAX (nat, min);
    }
  else if (for_size >= 0 && fits_side_by_side (self, for_size))
    {
      int widths[2];

      split_width (self, for_size, &widths[0], &widths[1]);
      for (guint i = 0; i < G_N_ELEMENTS (children); i++)
        {
          int child_min = 0, child_nat = 0;

          gtk_widget_measure (children[i], orientation, widths[i], &child_min, &child_nat, NULL, NULL);
          min = MAX (min, child_min);
          nat = MAX (nat, child_nat);
        }
    }
  else
    {
      int n_shown = 0;

      for (guint i = 0; i < G_N_ELEMENTS (children); i++)
        {
          int child_min = 0, child_nat = 0;

          if (!child_shown (children[i]))
            continue;

          gtk_widget_measure (children[i], orientation, for_size, &child_min, &child_nat, NULL, NULL);
          min += child_min;
          nat += child_nat;
          n_shown++;
        }

      if (n_shown == 2)
        {
          min += SPACING;
          nat += SPACING;
        }
    }

  *minimum = min;
  *natural = nat;
  *minimum_baseline = -1;
  *natural_baseline = -1;
}

static void
polku_adaptive_columns_size_allocate (GtkWidget *widget,
                                      int        width,
                                      int        height,
                                      int        baseline)
{
  PolkuAdaptiveColumns *self = POLKU_ADAPTIVE_COLUMNS (widget);
  gboolean wide = fits_side_by_side (self, width);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  if (wide)
    {
      int start_width, end_width;

      int end_height = 0;
      int end_y;

      split_width (self, width, &start_width, &end_width);
      gtk_widget_measure (self->end_child, GTK_ORIENTATION_VERTICAL, end_width, &end_height, NULL, NULL, NULL);
      end_y = sticky_offset (self, height, end_height);

      gtk_widget_size_allocate (self->start_child,
                                &(GtkAllocation) { rtl ? width - start_width : 0, 0, start_width, height },
                                -1);
      gtk_widget_size_allocate (self->end_child,
                                &(GtkAllocation) { rtl ? 0 : width - end_width, end_y, end_width, end_height },
                                -1);
    }
  else
    {
      int y = 0;

      if (child_shown (self->start_child))
        {
          int child_height = 0;

          gtk_widget_measure (self->start_child, GTK_ORIENTATION_VERTICAL, width, &child_height, NULL, NULL, NULL);
          gtk_widget_size_allocate (self->start_child, &(GtkAllocation) { 0, 0, width, child_height }, -1);
          y = child_height + SPACING;
        }

      if (child_shown (self->end_child))
        gtk_widget_size_allocate (self->end_child,
                                  &(GtkAllocation) { 0, y, width, MAX (height - y, 0) }, -1);
    }

  if (self->wide != wide)
    {
      self->wide = wide;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WIDE]);
    }
}

/* GObject overrides */

static void
polku_adaptive_columns_dispose (GObject *object)
{
  PolkuAdaptiveColumns *self = (PolkuAdaptiveColumns *)object;

  g_clear_pointer (&self->start_child, gtk_widget_unparent);
  g_clear_pointer (&self->end_child, gtk_widget_unparent);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (polku_adaptive_columns_parent_class)->dispose (object);
}

static void
polku_adaptive_columns_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PolkuAdaptiveColumns *self = POLKU_ADAPTIVE_COLUMNS (object);

  switch (prop_id)
    {
    case PROP_START_CHILD:
      g_value_set_object (value, self->start_child);
      break;

    case PROP_END_CHILD:
      g_value_set_object (value, self->end_child);
      break;

    case PROP_THRESHOLD:
      g_value_set_int (value, self->threshold);
      break;

    case PROP_WIDE:
      g_value_set_boolean (value, self->wide);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_adaptive_columns_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PolkuAdaptiveColumns *self = POLKU_ADAPTIVE_COLUMNS (object);

  switch (prop_id)
    {
    case PROP_START_CHILD:
      polku_adaptive_columns_set_start_child (self, g_value_get_object (value));
      break;

    case PROP_END_CHILD:
      polku_adaptive_columns_set_end_child (self, g_value_get_object (value));
      break;

    case PROP_THRESHOLD:
      polku_adaptive_columns_set_threshold (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_adaptive_columns_class_init (PolkuAdaptiveColumnsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_adaptive_columns_dispose;
  object_class->get_property = polku_adaptive_columns_get_property;
  object_class->set_property = polku_adaptive_columns_set_property;

  widget_class->get_request_mode = polku_adaptive_columns_get_request_mode;
  widget_class->measure = polku_adaptive_columns_measure;
  widget_class->size_allocate = polku_adaptive_columns_size_allocate;

  properties [PROP_START_CHILD] =
    g_param_spec_object ("start-child", NULL, NULL,
                         GTK_TYPE_WIDGET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_END_CHILD] =
    g_param_spec_object ("end-child", NULL, NULL,
                         GTK_TYPE_WIDGET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_THRESHOLD] =
    g_param_spec_int ("threshold", NULL, NULL,
                      0, G_MAXINT, 700,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_WIDE] =
    g_param_spec_boolean ("wide", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_adaptive_columns_init (PolkuAdaptiveColumns *self)
{
  self->threshold = 700;
}

/* Public API */

GtkWidget *
polku_adaptive_columns_new (void)
{
  return g_object_new (POLKU_TYPE_ADAPTIVE_COLUMNS, NULL);
}

GtkWidget *
polku_adaptive_columns_get_start_child (PolkuAdaptiveColumns *self)
{
  g_return_val_if_fail (POLKU_IS_ADAPTIVE_COLUMNS (self), NULL);
  return self->start_child;
}

void
polku_adaptive_columns_set_start_child (PolkuAdaptiveColumns *self,
                                        GtkWidget            *child)
{
  g_return_if_fail (POLKU_IS_ADAPTIVE_COLUMNS (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  set_child (self, &self->start_child, child, properties [PROP_START_CHILD]);
}

GtkWidget *
polku_adaptive_columns_get_end_child (PolkuAdaptiveColumns *self)
{
  g_return_val_if_fail (POLKU_IS_ADAPTIVE_COLUMNS (self), NULL);
  return self->end_child;
}

void
polku_adaptive_columns_set_end_child (PolkuAdaptiveColumns *self,
                                      GtkWidget            *child)
{
  g_return_if_fail (POLKU_IS_ADAPTIVE_COLUMNS (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  set_child (self, &self->end_child, child, properties [PROP_END_CHILD]);
}

int
polku_adaptive_columns_get_threshold (PolkuAdaptiveColumns *self)
{
  g_return_val_if_fail (POLKU_IS_ADAPTIVE_COLUMNS (self), 0);
  return self->threshold;
}

/**
 * polku_adaptive_columns_set_threshold:
 * @threshold: the least width, in pixels, at which the children sit side by side
 */
void
polku_adaptive_columns_set_threshold (PolkuAdaptiveColumns *self,
                                      int                   threshold)
{
  g_return_if_fail (POLKU_IS_ADAPTIVE_COLUMNS (self));

  if (self->threshold == threshold)
    return;

  self->threshold = threshold;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_THRESHOLD]);
}

/**
 * polku_adaptive_columns_get_wide:
 *
 * Returns: whether the children were last laid out side by side
 */
gboolean
polku_adaptive_columns_get_wide (PolkuAdaptiveColumns *self)
{
  g_return_val_if_fail (POLKU_IS_ADAPTIVE_COLUMNS (self), FALSE);
  return self->wide;
}
