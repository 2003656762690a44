import { placeholderPage } from "@/components/shell/section-placeholder";

const { generateMetadata, Page } = placeholderPage("regulations");
export { generateMetadata };
export default Page;
