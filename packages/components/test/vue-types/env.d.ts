// What a Vue project adds once, as the README says: the kit's elements in Vue's GlobalComponents.
import type {} from '@muenchen-digital/components/vue';
