/* polku-print-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-print-layout"

#include "config.h"

#include "polku-print-layout.h"

G_DEFINE_QUARK (polku-print-error-quark, polku_print_error)
