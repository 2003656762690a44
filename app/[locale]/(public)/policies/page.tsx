import { placeholderPage } from "@/components/shell/section-placeholder";

const { generateMetadata, Page } = placeholderPage("policies");
export { generateMetadata };
export default Page;
